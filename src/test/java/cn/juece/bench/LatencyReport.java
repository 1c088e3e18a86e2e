package cn.juece.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The benchmark's section of the report, as Markdown with machine-readable figure lines first. */
record LatencyReport(String database, int size, LatencySeed.Seeded seeded, Map<String, Long> counts,
                     Map<String, LatencyStats> pages, Map<String, LatencyStats> parts, Map<String, String> plans,
                     String completion, String machine) {

    void write(Path file) {
        StringBuilder md = new StringBuilder();
        pages.forEach((name, stats) -> {
            if (!name.contains(", tab ")) {
                double goal = name.startsWith("task list") ? TaskListAndDossierLatencyBenchmark.TASK_LIST_GOAL_MS
                        : TaskListAndDossierLatencyBenchmark.DOSSIER_GOAL_MS;
                md.append("<!-- figure: ").append(name.replace(")", ", " + database + ")")).append(" p95 | ")
                        .append(LatencyStats.ms(stats.p95())).append(" | ms | ≤ ").append((int) goal).append(" | ")
                        .append(stats.p95() <= goal ? "met" : "missed").append(" -->\n");
            }
        });
        md.append("\n## Task list and dossier latency at ").append(String.format("%,d", size))
                .append(" decisions (").append(database).append(")\n\n");
        md.append("Machine: ").append(machine).append(". Measured ").append(Instant.now())
                .append(", over real HTTP (the whole application on a random port, signed in through the login form;"
                        + " one client, requests one after another, after 20 warm-up requests).\n\n");
        md.append("| page (user) | p50 ms | p95 ms | p99 ms | max ms | n |\n|---|---|---|---|---|---|\n");
        pages.forEach((name, stats) -> md.append(stats.row(name)).append('\n'));
        md.append("\nThe parts of the pages, through the services the controllers call (50 calls each):\n\n");
        md.append("| part | p50 ms | p95 ms | p99 ms | max ms | n |\n|---|---|---|---|---|---|\n");
        parts.forEach((name, stats) -> md.append(stats.row(name)).append('\n'));
        md.append("\n### The seed\n\n");
        if (seeded == null) {
            md.append("Reused a database seeded by an earlier run (juece.bench.reuse=true).\n\n");
        } else {
            md.append(String.format("%,d decisions: %.1f s carrying %d template decisions through the engine,"
                            + " %.1f s copying them by batched JDBC.%n%n", seeded.decisions(), seeded.engineSeconds(),
                    seeded.templateHistoryRows().size() * 3, seeded.copySeconds()));
            md.append("| state | decisions | engine history rows of the engine-run decision | of each copy |\n"
                    + "|---|---|---|---|\n");
            seeded.perState().forEach((state, count) -> md.append("| ").append(state).append(" | ")
                    .append(String.format("%,d", count)).append(" | ")
                    .append(seeded.templateHistoryRows().getOrDefault(state, 0)).append(" | ")
                    .append(seeded.copiedHistoryRows().getOrDefault(state, 0)).append(" |\n"));
            md.append('\n');
        }
        md.append("Rows per table after seeding:\n\n| table | rows |\n|---|---|\n");
        counts.forEach((table, rows) -> md.append("| ").append(table).append(" | ")
                .append(String.format("%,d", rows)).append(" |\n"));
        long history = counts.entrySet().stream().filter(e -> e.getKey().startsWith("ACT_HI_"))
                .mapToLong(Map.Entry::getValue).sum();
        md.append(String.format("%nEngine history rows in all: %,d.%n%n", history));
        md.append("The application on the seeded data: ").append(completion).append("\n\n");
        md.append("### Query plans of the hot queries\n\n");
        plans.forEach((name, plan) -> md.append("**").append(name).append("**\n\n```\n").append(plan)
                .append("\n```\n\n"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
