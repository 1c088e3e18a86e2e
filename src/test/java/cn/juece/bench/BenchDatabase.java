package cn.juece.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;

import cn.juece.PostgresServer;

/**
 * A fresh database for a benchmark: an H2 file under target/bench-h2, or a new juece_bench_*
 * database on the PostgreSQL server the PostgreSQL tests use (same JUECE_TEST_PG_* variables,
 * see cn.juece.PostgresServer), dropped when the JVM exits.
 */
final class BenchDatabase {

    static final String PG_ADMIN_URL = PostgresServer.ADMIN_URL;
    static final String PG_USER = PostgresServer.USER;
    static final String PG_PASSWORD = PostgresServer.PASSWORD;

    private BenchDatabase() {
    }

    /**
     * Spring properties pointing the application at a new, empty database called {@code name}
     * on the run's database kind, with the settings the postgres profile would add.
     */
    static Map<String, String> fresh(String name) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (Bench.postgres()) {
            properties.put("spring.datasource.url", createPostgres(name));
            properties.put("spring.datasource.username", PG_USER);
            properties.put("spring.datasource.password", PG_PASSWORD);
            properties.put("spring.flyway.locations", "classpath:db/migration,classpath:db/vendor/postgresql");
            properties.put("camunda.bpm.database.type", "postgres");
        } else {
            Path file = Bench.h2Directory().resolve(name);
            deleteH2(file);
            // the application's own H2 settings (application.yml), on a file of its own
            properties.put("spring.datasource.url", "jdbc:h2:file:" + file
                    + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
        }
        return properties;
    }

    static String postgresVersion() {
        try (Connection connection = PostgresServer.connect(PG_ADMIN_URL); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("show server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            return "PostgreSQL not reachable at " + PG_ADMIN_URL;
        }
    }

    private static String createPostgres(String name) {
        String database = "juece_bench_" + name.replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        PostgresServer.execute("create database " + database);
        // after Spring Boot's shutdown hook has closed the contexts and their pools: a plain JVM hook
        // would drop it concurrently, under the pool's feet, and the fork then hung on exit
        SpringApplication.getShutdownHandlers().add(() -> {
            try {
                PostgresServer.execute("drop database if exists " + database + " with (force)");
            } catch (RuntimeException ignored) {
                // a database left behind is harmless: its name says what it was
            }
        });
        return PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    private static void deleteH2(Path file) {
        Path directory = file.getParent();
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path existing : files.filter(f -> f.getFileName().toString()
                        .startsWith(file.getFileName() + ".")).sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(existing);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
