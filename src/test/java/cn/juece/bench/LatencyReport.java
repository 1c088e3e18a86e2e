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

    /** What the fixes changed, with the numbers measured before them (the code before commit 828924f). */
    private static final String BEFORE_AND_AFTER = """
            ### Fixes, before and after

            Before, measured 2026-12-01 on the same machine (2 cores shared with four other builds, load
            average 15-20), H2, 2,000 decisions (984,707 engine history rows, full copies), same benchmark:

            | page (user) | p50 ms | p95 ms | p99 ms |
            |---|---|---|---|
            | task list (reviewer1) | 515.3 | 1679.8 | 2125.1 |
            | task list (head1) | 332.7 | 700.3 | 794.8 |
            | dossier (reviewer1) | 32.6 | 157.2 | 211.4 |
            | dossier (head1) | 19.3 | 77.1 | 110.1 |
            | part: TaskListing.done (head1), 200 rows | 80.8 | 294.0 | 361.4 |
            | part: TaskListing.group (head1) | 92.0 | 322.0 | 664.9 |

            Cause (thread dumps during the run): every task list request builds all three tabs, and
            TaskListing made three queries per row: the task's variables (tasks.getVariables walks the
            execution tree), its identity links (is it a group task?), and for each of the 200 rows of
            已办 the historic variables of its process instance: 250-600 queries per page. And the 已办
            query itself (ACT_HI_TASKINST by assignee, finished, newest first) has no index in Camunda's
            schema: it read the whole table.

            Fixes: the decision variables of all listed tasks in one VariableInstanceQuery
            (processInstanceIdIn, process-level variables), of all 已办 rows in one
            HistoricVariableInstanceQuery; the group-task flag of 待办 rows from one TaskQuery
            (withCandidateGroups().includeAssignedTasks()); index juece_hi_task_assignee_end on
            ACT_HI_TASKINST (ASSIGNEE_, END_TIME_) in V13. The page now makes a constant number of queries.
            The after numbers are this report's tables above.

            """;

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
        md.append(BEFORE_AND_AFTER);
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
