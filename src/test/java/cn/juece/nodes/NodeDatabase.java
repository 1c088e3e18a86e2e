package cn.juece.nodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

import cn.juece.PostgresServer;

/** The database the nodes share, as the nodes' environment sets it and as the test reads it with JDBC. */
interface NodeDatabase extends AutoCloseable {

    Map<String, String> environment();

    Connection connect() throws SQLException;

    @Override
    void close();

    /** A fresh juece_test_* database on the PostgreSQL server, dropped on close; empty when no server answers. */
    static Optional<NodeDatabase> postgres() {
        if (PostgresServer.unreachable().isPresent()) {
            return Optional.empty();
        }
        PostgresServer.Scratch scratch = PostgresServer.scratchDatabase();
        return Optional.of(new NodeDatabase() {
            @Override
            public Map<String, String> environment() {
                return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "JUECE_DB_URL", scratch.url(),
                        "JUECE_DB_USER", scratch.user(), "JUECE_DB_PASSWORD", scratch.password());
            }

            @Override
            public Connection connect() throws SQLException {
                return scratch.connect();
            }

            @Override
            public void close() {
                scratch.close();
            }

            @Override
            public String toString() {
                return "PostgreSQL " + scratch.name();
            }
        });
    }

    /**
     * The default deployment's embedded H2 file database, with application.yml's own settings, in
     * this folder. AUTO_SERVER lets the test read it while the node holds it: the node, opening it
     * first, serves the test's connections, so the node's own writes are the embedded ones a kill
     * cuts off. The test connects only while the node runs, else the test would own the file.
     */
    static NodeDatabase h2File(Path folder) {
        String deployed = deployedH2Url();
        String url = deployed.replace("./data/juece", folder.toAbsolutePath().resolve("juece").toString())
                .replace("AUTO_SERVER=FALSE", "AUTO_SERVER=TRUE")
                // AUTO_SERVER refuses it; it only keeps the file open until Spring closes the pool
                .replace(";DB_CLOSE_ON_EXIT=FALSE", "");
        return new NodeDatabase() {
            @Override
            public Map<String, String> environment() {
                return Map.of("SPRING_DATASOURCE_URL", url);
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "sa", "");
            }

            @Override
            public void close() {
                // the folder is JUnit's @TempDir
            }

            @Override
            public String toString() {
                return "H2 file";
            }
        };
    }

    private static String deployedH2Url() {
        try (InputStream yaml = NodeDatabase.class.getResourceAsStream("/application.yml")) {
            Map<String, Map<String, Map<String, Object>>> settings = new Yaml().load(yaml);
            String url = (String) settings.get("spring").get("datasource").get("url");
            if (!url.contains("./data/juece") || !url.contains("AUTO_SERVER=FALSE")) {
                throw new IllegalStateException("application.yml's H2 url changed: " + url);
            }
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
