package cn.juece;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL server the {@link PostgresTest}s run on: 127.0.0.1:5432 unless
 * JUECE_TEST_PG_URL names another (its maintenance database, e.g. jdbc:postgresql://host:5432/postgres),
 * user JUECE_TEST_PG_USER (postgres), password JUECE_TEST_PG_PASSWORD. Each run creates its own
 * database juece_test_&lt;random&gt; and drops it once the JVM has closed the contexts, so runs never see each other's rows.
 */
public final class PostgresServer implements ExecutionCondition {

    public static final String ADMIN_URL = env("JUECE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String USER = env("JUECE_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("JUECE_TEST_PG_PASSWORD", "");

    private static volatile String databaseUrl;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return unreachable().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL reachable at " + ADMIN_URL));
    }

    /** Why the server cannot be used, or empty when it can; with CI=true an unreachable server is an error. */
    public static Optional<String> unreachable() {
        try (Connection ignored = connect(ADMIN_URL)) {
            return Optional.empty();
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the PostgreSQL tests: no server at " + ADMIN_URL
                        + " (" + e.getMessage() + ")", e);
            }
            return Optional.of("PostgreSQL not reachable at " + ADMIN_URL
                    + " (set JUECE_TEST_PG_URL/USER/PASSWORD): " + e.getMessage());
        }
    }

    /** A fresh, empty database of its own, for a test that starts the application as separate processes. */
    public static Scratch scratchDatabase() {
        String name = "juece_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        return new Scratch(name, ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name, USER, PASSWORD);
    }

    /** A database made by {@link #scratchDatabase()}; closing drops it, cutting off whoever is still connected. */
    public record Scratch(String name, String url, String user, String password) implements AutoCloseable {

        public Connection connect() throws SQLException {
            return PostgresServer.connect(url);
        }

        @Override
        public void close() {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    /** Points the application's datasource at this run's database, creating it on first use. */
    static final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test", Map.of(
                    "spring.datasource.url", databaseUrl(),
                    "spring.datasource.username", USER,
                    "spring.datasource.password", PASSWORD)));
        }
    }

    /**
     * On every {@link JueceTest}: with JUECE_TEST_DATABASE=postgres the whole suite runs on this
     * run's PostgreSQL database (with the postgres profile's migration locations); otherwise nothing.
     */
    static final class WhenAsked implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if ("postgres".equals(System.getenv("JUECE_TEST_DATABASE"))
                    && !context.getEnvironment().matchesProfiles("postgres")) {
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-suite", Map.of(
                        "spring.datasource.url", databaseUrl(),
                        "spring.datasource.username", USER,
                        "spring.datasource.password", PASSWORD,
                        "spring.flyway.locations", "classpath:db/migration,classpath:db/vendor/postgresql")));
            }
        }
    }

    static synchronized String databaseUrl() {
        if (databaseUrl == null) {
            String name = "juece_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("create database " + name);
            // after Spring Boot's shutdown hook has closed the contexts and their pools
            SpringApplication.getShutdownHandlers().add(() -> execute("drop database if exists " + name));
            databaseUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
        }
        return databaseUrl;
    }

    /** Runs a statement on the server's maintenance database (create or drop a database). */
    public static void execute(String sql) {
        try (Connection connection = connect(ADMIN_URL); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A connection to this url of the server with the tests' user; {@link #ADMIN_URL} for the maintenance database. */
    public static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url, properties);
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
