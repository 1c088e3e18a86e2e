package cn.juece.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a start of the jar spent its time, read from its log: the time of the first line of each
 * phase, from the JVM's start (Spring's "process running for" gives it).
 */
final class StartupPhases {

    private static final Pattern STARTED = Pattern.compile(
            "^(\\S+)\\s.*Started \\S+ in [\\d.]+ seconds \\(process running for ([\\d.]+)\\)");
    private static final Pattern STAMP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\S+Z)\\s");

    /** Phase name → the log text that marks its end, in order. */
    private static final Map<String, String> MARKERS = new LinkedHashMap<>();

    static {
        MARKERS.put("JVM, Spring Boot, bean definitions, Tomcat created", "Root WebApplicationContext: initialization");
        MARKERS.put("Camunda engine configured", "ENGINE-12003");
        MARKERS.put("Camunda engine built (schema created or checked)", "FlywayExecutor");
        MARKERS.put("Flyway, Camunda webapps and REST, other beans, Tomcat started", "Tomcat started");
        MARKERS.put("Runners: models deployed, identities synced, demo data, ready", "ACCEPTING_TRAFFIC");
    }

    private StartupPhases() {
    }

    /** A Markdown table of phase durations, one column per start; empty if the logs lack the markers. */
    static String table(List<String> labels, List<Path> logs) throws IOException {
        StringBuilder table = new StringBuilder("| Phase (s) |");
        StringBuilder rule = new StringBuilder("| --- |");
        Map<String, StringBuilder> rows = new LinkedHashMap<>();
        MARKERS.keySet().forEach(phase -> rows.put(phase, new StringBuilder("| " + phase + " |")));
        for (int i = 0; i < logs.size(); i++) {
            table.append(' ').append(labels.get(i)).append(" |");
            rule.append(" --- |");
            Map<String, Double> ends = ends(Files.readAllLines(logs.get(i), StandardCharsets.UTF_8));
            double previous = 0;
            for (String phase : MARKERS.keySet()) {
                Double end = ends.get(phase);
                rows.get(phase).append(' ').append(end == null ? "?" : Fragment.number(end - previous)).append(" |");
                previous = end == null ? previous : end;
            }
        }
        StringBuilder text = new StringBuilder(table).append('\n').append(rule).append('\n');
        rows.values().forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }

    private static Map<String, Double> ends(List<String> lines) {
        Instant jvmStart = null;
        for (String line : lines) {
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                jvmStart = Instant.parse(started.group(1))
                        .minusMillis(Math.round(Double.parseDouble(started.group(2)) * 1000));
            }
        }
        Map<String, Double> ends = new LinkedHashMap<>();
        if (jvmStart == null) {
            return ends;
        }
        for (Map.Entry<String, String> marker : MARKERS.entrySet()) {
            for (String line : lines) {
                Matcher stamp = STAMP.matcher(line);
                if (line.contains(marker.getValue()) && stamp.find()) {
                    ends.put(marker.getKey(), (Instant.parse(stamp.group(1)).toEpochMilli() - jvmStart.toEpochMilli()) / 1000.0);
                    break;
                }
            }
        }
        return ends;
    }
}
