package cn.juece.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a benchmark run is asked for, from system properties: the database ({@code juece.bench.database},
 * h2 or postgres, set by the Maven profile's execution), the sizes ({@code juece.bench.*}), and quick mode
 * ({@code -Djuece.bench.quick=true}: small sizes, to see that everything works).
 */
final class Bench {

    private Bench() {
    }

    static String database() {
        return System.getProperty("juece.bench.database", "h2").toLowerCase(Locale.ROOT);
    }

    static boolean postgres() {
        return "postgres".equals(database());
    }

    /** H2 or PostgreSQL, as the report names them. */
    static String databaseName() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    static boolean quick() {
        return Boolean.getBoolean("juece.bench.quick");
    }

    /** The size named {@code juece.bench.<name>}, else the full or the quick default. */
    static int size(String name, int full, int quick) {
        String value = System.getProperty("juece.bench." + name);
        return value == null || value.isBlank() ? (quick() ? quick : full) : Integer.parseInt(value.trim());
    }

    static Path out() {
        return Path.of(System.getProperty("juece.bench.out", "target/benchmarks"));
    }

    static Path jar() {
        return Path.of(System.getProperty("juece.bench.jar", "target/juece-0.1.0-SNAPSHOT.jar"));
    }

    /** Where the H2 file databases of a run live (the issue compares on an H2 file database). */
    static Path h2Directory() {
        return Path.of("target", "bench-h2").toAbsolutePath();
    }
}
