package cn.juece.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The last step of {@code mvn -Pbench verify} (its own failsafe execution, after the H2 and the
 * PostgreSQL runs): assembles BENCHMARKS.md at the repository root from the fragments this build
 * wrote to target/benchmarks, with the command, the machine, the date and a summary of every figure
 * against its goal, and prints the summary. Fragments older than the build are left out.
 */
class BenchmarkReport {

    private static final Pattern FIGURE = Pattern.compile(
            "<!-- figure: (.+?) \\| (.+?) \\| (.+?) \\| (.+?) \\| (.+?) -->");

    @Test
    void writeBenchmarksMd() throws IOException {
        Instant buildStarted = buildStarted();
        List<Path> fragments = new ArrayList<>();
        if (Files.isDirectory(Bench.out())) {
            try (Stream<Path> files = Files.list(Bench.out())) {
                files.filter(f -> f.getFileName().toString().matches("\\d\\d-.+\\.md"))
                        .filter(f -> modified(f).isAfter(buildStarted)).sorted().forEach(fragments::add);
            }
        }
        StringBuilder summary = new StringBuilder("| Figure | Value | Goal | Met |\n| --- | --- | --- | --- |\n");
        StringBuilder sections = new StringBuilder();
        for (Path fragment : fragments) {
            String text = Files.readString(fragment, StandardCharsets.UTF_8);
            Matcher figure = FIGURE.matcher(text);
            while (figure.find()) {
                summary.append("| ").append(figure.group(1)).append(" | ").append(figure.group(2)).append(' ')
                        .append(figure.group(3)).append(" | ").append(figure.group(4)).append(" | ")
                        .append(figure.group(5)).append(" |\n");
            }
            sections.append(FIGURE.matcher(text).replaceAll("").strip()).append("\n\n");
        }
        String report = "# Benchmarks\n\n"
                + "Latest run: " + DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atZone(ZoneOffset.UTC))
                + " (finished " + DateTimeFormatter.ofPattern("HH:mm").format(Instant.now().atZone(ZoneOffset.UTC))
                + " UTC).\n\n"
                + "Command: `" + command() + "` (see README, Benchmarks; `-Djuece.bench.quick=true` for a quick "
                + "run with small sizes, whose figures mean little).\n\n"
                + "## Machine\n\n" + Machine.describe() + "\n"
                + "## Summary\n\n" + summary + "\n"
                + (fragments.isEmpty() ? "No benchmark wrote a result in this build.\n\n" : "")
                + sections;
        Path target = Path.of(System.getProperty("juece.bench.report", "BENCHMARKS.md"));
        Files.writeString(target, report.strip() + "\n", StandardCharsets.UTF_8);
        System.out.println("\n" + summary + "\nWritten to " + target.toAbsolutePath() + " from " + fragments.size()
                + " fragments.\n");
    }

    private static String command() {
        String args = Optional.ofNullable(System.getenv("MAVEN_CMD_LINE_ARGS")).map(String::strip).orElse("");
        return args.isEmpty() ? "mvn -B -Pbench verify" : "mvn " + args;
    }

    private static Instant buildStarted() {
        String started = System.getProperty("juece.bench.started", "");
        try {
            return started.isBlank() ? Instant.EPOCH : Instant.parse(started);
        } catch (RuntimeException unparsable) {
            return Instant.EPOCH;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
