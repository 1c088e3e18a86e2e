package cn.juece.nodes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

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
     * The default deployment's embedded H2 file database, in this folder. AUTO_SERVER lets the test
     * read it while the node holds it: the node, opening it first, serves the test's connections, so
     * the node's own writes are the embedded ones a kill cuts off. The test connects only while the
     * node runs, else the test would become the file's owner.
     */
    static NodeDatabase h2File(Path folder) {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("juece")
                + ";AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
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
}
