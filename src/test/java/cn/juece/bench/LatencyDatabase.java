package cn.juece.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import cn.juece.PostgresServer;

/**
 * The latency benchmark's database, chosen by {@code juece.bench.database} (h2 | postgres): an H2
 * file under target/bench-h2-latency, or juece_bench_latency on the PostgreSQL server of the
 * PostgreSQL tests (JUECE_TEST_PG_* as in cn.juece.PostgresServer). Made fresh unless
 * {@code juece.bench.reuse=true}, which keeps a seeded one for the next run.
 */
final class LatencyDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PG_ADMIN_URL = PostgresServer.ADMIN_URL;
    static final String PG_USER = PostgresServer.USER;
    static final String PG_PASSWORD = PostgresServer.PASSWORD;
    static final String PG_DATABASE = "juece_bench_latency";
    static final Path H2_DIRECTORY = Path.of("target", "bench-h2-latency");

    static String database() {
        return System.getProperty("juece.bench.database", "h2");
    }

    static boolean postgres() {
        return "postgres".equals(database());
    }

    static boolean reuse() {
        return Boolean.getBoolean("juece.bench.reuse");
    }

    /** Not juece.bench.decisions: that is the overhead benchmark's decisions per iteration. */
    static int decisions() {
        return Bench.size("seed-decisions", 100_000, 2000);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (postgres()) {
            if (!reuse()) {
                admin("drop database if exists " + PG_DATABASE);
            }
            if (!exists()) {
                admin("create database " + PG_DATABASE);
            }
            properties.put("spring.datasource.url", PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1)
                    + PG_DATABASE + "?reWriteBatchedInserts=true");
            properties.put("spring.datasource.username", PG_USER);
            properties.put("spring.datasource.password", PG_PASSWORD);
            properties.put("spring.flyway.locations", "classpath:db/migration,classpath:db/vendor/postgresql");
            properties.put("camunda.bpm.database.type", "postgres");
        } else {
            if (!reuse()) {
                delete(H2_DIRECTORY);
            }
            // the application's own H2 settings (application.yml), on a file of the benchmark's, but
            // for WRITE_DELAY=0: with a store per commit, the seed's hundreds of thousands of batched
            // commits grew the file by ~80 MB/s (28 GB in six minutes at 100k decisions) faster than
            // H2 reuses freed chunks. The pages measured only read, which the write delay leaves alone.
            // RETENTION_TIME=0 lets H2 reuse a chunk as soon as it is free instead of 45 s later: at
            // 4,000 decisions the file took 241 MB instead of 868 MB and each 500 copies 3 s instead of
            // 12 s. It gives up the file's safety against a crash in the middle of a write, which a
            // throw-away benchmark database does not need and the application's database keeps.
            properties.put("spring.datasource.url", "jdbc:h2:file:" + H2_DIRECTORY.toAbsolutePath().resolve("juece")
                    + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;RETENTION_TIME=0");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench-latency", properties));
    }

    private static boolean exists() {
        try (Connection connection = PostgresServer.connect(PG_ADMIN_URL); var rs = connection.createStatement().executeQuery(
                "select 1 from pg_database where datname = '" + PG_DATABASE + "'")) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_ADMIN_URL + ": " + e.getMessage(), e);
        }
    }

    private static void admin(String sql) {
        PostgresServer.execute(sql);
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
