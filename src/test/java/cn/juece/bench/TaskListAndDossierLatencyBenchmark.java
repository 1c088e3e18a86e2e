package cn.juece.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionProgress;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.DossierTimeline;
import cn.juece.dossier.Dossier;
import cn.juece.procedure.ProcedureDriver;
import cn.juece.security.Directory;
import cn.juece.task.TaskFilter;
import cn.juece.task.TaskListing;
import cn.juece.task.WorkflowTasks;

/**
 * Issue 6.2: the task list (工作台) and the dossier page at 100k decisions, over real HTTP against
 * the whole application on a seeded H2 file or PostgreSQL database ({@code juece.bench.database}).
 * Seeds with {@link LatencySeed}, checks the application still works on the seeded data, measures
 * p50/p95/p99 for reviewer1 and head1, times the parts of each page, shows the EXPLAIN plans of
 * the hot queries, and writes target/benchmarks/20-latency-&lt;database&gt;.md.
 */
@ContextConfiguration(initializers = LatencyDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "juece.demo.enabled=false",
        "juece.demo.password=test-secret",
        "juece.tasks.sweep.enabled=false",
        "juece.mail.enabled=false",
        "logging.level.org.camunda.bpm.engine.persistence=WARN"})
class TaskListAndDossierLatencyBenchmark {

    static final double TASK_LIST_GOAL_MS = 50;
    static final double DOSSIER_GOAL_MS = 100;
    private static final List<String> USERS = List.of("reviewer1", "head1");

    @LocalServerPort
    int port;
    @Autowired
    ProcedureDriver driver;
    @Autowired
    WorkflowTasks workflow;
    @Autowired
    TaskService tasks;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskListing listing;
    @Autowired
    DossierTimeline timeline;
    @Autowired
    DecisionProgress progress;
    @Autowired
    DecisionWorkflow decisions;
    @Autowired
    Dossier dossier;
    @Autowired
    Directory directory;

    @Test
    void taskListAndDossierAtScale() throws Exception {
        int size = LatencyDatabase.decisions();
        LatencySeed.Seeded seeded = alreadySeeded(size) ? null
                : new LatencySeed(driver, workflow, dataSource, LatencyDatabase.postgres()).seed(size);
        List<Long> archived = jdbc.queryForList("select id from decision where archived_at is not null", Long.class);
        List<Long> running = jdbc.queryForList("select id from decision where archived_at is null", Long.class);
        int requests = Integer.getInteger("juece.bench.requests", Boolean.getBoolean("juece.bench.quick") ? 100 : 500);

        Map<String, PageClient> clients = new LinkedHashMap<>();
        USERS.forEach(user -> clients.put(user, PageClient.signedIn(port, user, "test-secret")));
        checkTheApplicationReadsTheCopies(clients.get("reviewer1"), archived, running);

        Random random = new Random(6_2L);
        Map<String, LatencyStats> pages = new LinkedHashMap<>();
        for (String user : USERS) {
            PageClient client = clients.get(user);
            warmUp(() -> client.timed("/"));
            Map<String, List<Double>> tabs = new LinkedHashMap<>(Map.of("mine", new ArrayList<>(),
                    "group", new ArrayList<>()));
            for (int i = 0; i < requests; i++) {
                String tab = i % 2 == 0 ? "mine" : "group";
                tabs.get(tab).add(client.timed("/?tab=" + tab));
            }
            List<Double> both = new ArrayList<>(tabs.get("mine"));
            both.addAll(tabs.get("group"));
            pages.put("task list (" + user + ")", LatencyStats.of(both));
            tabs.forEach((tab, millis) -> pages.put("task list, tab " + tab + " (" + user + ")",
                    LatencyStats.of(millis)));
            pages.put("dossier (" + user + ")", measure(requests, () -> client.timed("/decisions/"
                    + pick(random, archived, running))));
        }

        Map<String, LatencyStats> parts = parts(random, archived, running);
        Map<String, String> plans = new LatencyPlans(jdbc, LatencyDatabase.postgres()).plans(
                jdbc.queryForObject("select reference from decision where id = ?", String.class,
                        archived.get(archived.size() / 2)),
                archived.get(archived.size() / 2));
        String completion = completeACopiedTask();

        new LatencyReport(LatencyDatabase.database(), size, seeded, counts(), pages, parts, plans, completion,
                machine()).write(Bench.out().resolve("20-latency-" + LatencyDatabase.database() + ".md"));
    }

    /** The seeded pages render real content: a copied dossier with its entries, the task lists with copied tasks. */
    private void checkTheApplicationReadsTheCopies(PageClient reviewer, List<Long> archived, List<Long> running) {
        long copy = archived.get(archived.size() - 1);
        Decision decision = decisions.find(copy).orElseThrow();
        String page = reviewer.get("/decisions/" + copy).body();
        assertThat(page).contains(decision.reference()).contains(decision.title());
        assertThat(dossier.entries(copy)).hasSizeGreaterThan(10);
        String list = reviewer.get("/?tab=group").body();
        assertThat(listing.group(directory.person("reviewer1").orElseThrow().groups(), TaskFilter.NONE, 1).tabTotal())
                .as("reviewer1's group tasks").isGreaterThan(running.size() / 20);
        assertThat(list).contains("JC-");
    }

    /** reviewer1 completes the review of a copied decision: the engine runs on, the copy's dossier records it. */
    private String completeACopiedTask() {
        Task review = tasks.createTaskQuery().taskDefinitionKey("Task_ReviewLegality").taskAssignee("reviewer1")
                .orderByTaskCreateTime().desc().listPage(0, 1).get(0);
        long decisionId = ((Number) tasks.getVariable(review.getId(), "decisionId")).longValue();
        int before = dossier.entries(decisionId).size();
        driver.completeTask(review.getId(), "reviewer1", driver.validForm("Task_ReviewLegality"));
        int after = dossier.entries(decisionId).size();
        String next = String.join("、", tasks.createTaskQuery()
                .processInstanceBusinessKey(decisions.find(decisionId).orElseThrow().reference()).list().stream()
                .map(Task::getName).toList());
        assertThat(after).isGreaterThan(before);
        assertThat(next).isNotEmpty();
        return "reviewer1 completed the copied legality review " + review.getId() + " of decision #" + decisionId
                + ": its dossier went from " + before + " to " + after + " entries, its next task: " + next + ".";
    }

    /** Each part of the two pages on its own, through the services the controllers call. */
    private Map<String, LatencyStats> parts(Random random, List<Long> archived, List<Long> running) {
        Map<String, LatencyStats> parts = new LinkedHashMap<>();
        int n = 50;
        for (String user : USERS) {
            List<String> groups = directory.person(user).orElseThrow().groups();
            // page 1 of each tab, as the page asks for it
            parts.put("TaskListing.mine (" + user + ")", measure(n, () -> time(() ->
                    listing.mine(user, TaskFilter.NONE, 1))));
            parts.put("TaskListing.group (" + user + ")", measure(n, () -> time(() ->
                    listing.group(groups, TaskFilter.NONE, 1))));
            parts.put("TaskListing.done (" + user + ")", measure(n, () -> time(() ->
                    listing.done(user, TaskFilter.NONE, 1))));
        }
        parts.put("DecisionProgress.openTasks", measure(n, () -> time(() ->
                progress.openTasks(decision(random, archived, running)))));
        parts.put("DecisionProgress.waitingFor", measure(n, () -> time(() ->
                progress.waitingFor(decision(random, archived, running)))));
        parts.put("DecisionProgress.diagrams", measure(n, () -> time(() ->
                progress.diagrams(decision(random, archived, running)))));
        parts.put("DossierTimeline.of", measure(n, () -> time(() ->
                timeline.of(pick(random, archived, running), activity -> false))));
        return parts;
    }

    private Decision decision(Random random, List<Long> archived, List<Long> running) {
        return decisions.find(pick(random, archived, running)).orElseThrow();
    }

    /** Nine in ten dossiers opened are archived ones, as in an office years into using Juece. */
    private static long pick(Random random, List<Long> archived, List<Long> running) {
        List<Long> from = random.nextInt(10) == 0 ? running : archived;
        return from.get(random.nextInt(from.size()));
    }

    private static LatencyStats measure(int n, Supplier<Double> request) {
        warmUp(request);
        List<Double> millis = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            millis.add(request.get());
        }
        return LatencyStats.of(millis);
    }

    private static void warmUp(Supplier<Double> request) {
        for (int i = 0; i < 20; i++) {
            request.get();
        }
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private boolean alreadySeeded(int size) {
        return LatencyDatabase.reuse()
                && jdbc.queryForObject("select count(*) from decision", Long.class) >= size;
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>(List.of("ACT_GE_BYTEARRAY", "ACT_RU_EXECUTION", "ACT_RU_TASK",
                "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_EVENT_SUBSCR", "ACT_HI_PROCINST",
                "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK",
                "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT"));
        tables.addAll(DecisionRows.OWN_TABLES);
        tables.add("audit_entry");
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables) {
                try (var rs = connection.createStatement().executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private String machine() {
        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu() + "), "
                + ManagementFactory.getRuntimeMXBean().getVmName() + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + database;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
