package cn.juece.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureDriver;
import cn.juece.task.WorkflowTasks;

/**
 * Seeds a database with many decisions fast: a few decisions are carried by the real engine to
 * each state worth measuring (archived; at initiation; at revision; at the legality review,
 * offered to the reviewers or claimed by reviewer1; at the head's decision; at execution; at
 * post-evaluation; in public consultation), each for three sponsoring units, and their rows are
 * then copied as new decisions by batched JDBC ({@link DecisionCopier}). Most copies are archived
 * and spread over three years; the running ones over the last 50 days. The audit chain is not
 * extended: the copies are written past the application, so the audit check reports their
 * dossiers as unvouched (and the chain itself as intact).
 */
final class LatencySeed {

    /** Share of all decisions per running state; the rest are archived. */
    static final Map<String, Double> RUNNING_SHARES = shares(
            "at initiation", 0.002, "at revision", 0.010, "at legality review", 0.003,
            "at legality review, claimed by reviewer1", 0.0005, "at the head's decision", 0.001,
            "at execution", 0.010, "at post-evaluation", 0.002, "in public consultation", 0.015);
    static final String ARCHIVED = "archived";
    /** juece.bench.history=full copies every history row; by default only what the pages read (see DecisionRows#lean). */
    static final boolean FULL_HISTORY = "full".equals(System.getProperty("juece.bench.history"));
    private static final List<String> SPONSORS = List.of("edu1", "water1", "transport1");
    private static final List<String> MATTERS = List.of("城区学校布局调整规划", "城市排水管网改造规划",
            "公交线网优化方案", "老旧小区改造实施方案", "中小学校服采购管理办法", "二次供水设施管理办法",
            "停车收费标准调整", "学前教育普惠发展方案", "城市内涝治理三年行动", "轨道交通沿线用地规划",
            "农村饮水安全巩固提升方案", "校外培训机构管理办法");

    private final ProcedureDriver driver;
    private final WorkflowTasks workflow;
    private final DataSource dataSource;
    private final boolean postgres;

    LatencySeed(ProcedureDriver driver, WorkflowTasks workflow, DataSource dataSource,
                boolean postgres) {
        this.driver = driver;
        this.workflow = workflow;
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    /** What the seed wrote. */
    record Seeded(int decisions, Map<String, Integer> perState, Map<String, Long> rowsPerTable,
                  Map<String, Integer> templateHistoryRows, Map<String, Integer> copiedHistoryRows, double engineSeconds, double copySeconds,
                  List<Long> archived, List<Long> running) {
    }

    Seeded seed(int total) throws SQLException {
        long started = System.nanoTime();
        Map<String, List<Decision>> templates = new LinkedHashMap<>();
        driver.resetClock();
        try {
            for (String sponsor : SPONSORS) {
                templates.computeIfAbsent(ARCHIVED, k -> new ArrayList<>()).add(archived(sponsor));
                run(templates, "at initiation", sponsor, s -> driver.propose("PUBLIC_POLICY", false, s));
                run(templates, "at revision", sponsor, driver::atRevision);
                run(templates, "at legality review", sponsor, driver::atReview);
                run(templates, "at legality review, claimed by reviewer1", sponsor, this::claimedReview);
                run(templates, "at the head's decision", sponsor, this::atHeadDecision);
                run(templates, "at execution", sponsor, this::atExecution);
                run(templates, "at post-evaluation", sponsor, this::atPostEvaluation);
                run(templates, "in public consultation", sponsor, this::inConsultation);
            }
        } finally {
            ClockUtil.reset();
        }
        long engineDone = System.nanoTime();
        log("templates through the engine in " + (engineDone - started) / 1_000_000_000 + " s");

        Map<String, List<DecisionRows>> rows = new LinkedHashMap<>();
        Map<String, Integer> historyRows = new LinkedHashMap<>();
        Map<String, Integer> copiedHistoryRows = new LinkedHashMap<>();
        Map<String, Integer> perState = new LinkedHashMap<>();
        List<Long> archivedIds = new ArrayList<>();
        List<Long> runningIds = new ArrayList<>();
        Map<String, Long> written;
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, List<Decision>> state : templates.entrySet()) {
                for (Decision decision : state.getValue()) {
                    DecisionRows read = DecisionRows.read(connection, state.getKey(), decision.id());
                    DecisionRows copied = FULL_HISTORY ? read : read.lean(state.getKey().equals(ARCHIVED));
                    rows.computeIfAbsent(state.getKey(), k -> new ArrayList<>()).add(copied);
                    historyRows.put(state.getKey(), read.engineHistoryRows());
                    copiedHistoryRows.put(state.getKey(), copied.engineHistoryRows());
                    (state.getKey().equals(ARCHIVED) ? archivedIds : runningIds).add(decision.id());
                }
                perState.put(state.getKey(), state.getValue().size());
            }
            Random random = new Random(20261201L);
            long sinceTemplates = System.currentTimeMillis() - ProcedureDriver.START.toInstant().toEpochMilli();
            int toCopy = Math.max(0, total - templates.values().stream().mapToInt(List::size).sum());
            List<String> schedule = schedule(toCopy, random);
            try (DecisionCopier copier = new DecisionCopier(connection, postgres)) {
                for (int i = 0; i < schedule.size(); i++) {
                    String state = schedule.get(i);
                    List<DecisionRows> variants = rows.get(state);
                    DecisionRows template = variants.get(i % variants.size());
                    boolean archived = state.equals(ARCHIVED);
                    long shift = archived ? -Duration.ofDays(random.nextInt(1100)).toMillis()
                            : sinceTemplates - Duration.ofDays(random.nextInt(50)).toMillis();
                    long id = copier.copy(template, shift, MATTERS.get(random.nextInt(MATTERS.size())));
                    (archived ? archivedIds : runningIds).add(id);
                    perState.merge(state, 1, Integer::sum);
                    if (i % 500 == 499) {
                        copier.commit();
                        log("copied " + (i + 1) + " of " + schedule.size());
                    }
                }
                copier.commit();
                written = new LinkedHashMap<>(copier.written());
            }
        }
        long copied = System.nanoTime();
        return new Seeded(perState.values().stream().mapToInt(Integer::intValue).sum(), perState, written, historyRows,
                copiedHistoryRows,
                (engineDone - started) / 1e9, (copied - engineDone) / 1e9, archivedIds, runningIds);
    }

    /** States in a shuffled order, each as often as its share says. */
    private static List<String> schedule(int count, Random random) {
        List<String> schedule = new ArrayList<>(count);
        RUNNING_SHARES.forEach((state, share) -> {
            for (int i = 0; i < Math.max(1, Math.round(share * count)); i++) {
                schedule.add(state);
            }
        });
        while (schedule.size() < count) {
            schedule.add(ARCHIVED);
        }
        java.util.Collections.shuffle(schedule, random);
        return schedule.subList(0, count);
    }

    private static void log(String message) {
        System.out.println(java.time.Instant.now() + " latency seed: " + message);
    }

    private void run(Map<String, List<Decision>> templates, String state, String sponsor,
                     Function<String, Decision> toState) {
        templates.computeIfAbsent(state, k -> new ArrayList<>()).add(toState.apply(sponsor));
    }

    private Decision claimedReview(String sponsor) {
        Decision decision = driver.atReview(sponsor);
        workflow.claim(driver.task(decision, "Task_ReviewLegality").getId(), "reviewer1", driver.groupsOf("reviewer1"));
        return decision;
    }

    private Decision atHeadDecision(String sponsor) {
        Decision decision = driver.atReview(sponsor);
        driver.complete(decision, "Task_ReviewLegality", "reviewer1");
        driver.complete(decision, "Task_ReportToPartyCommittee", "office1");
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        for (String member : List.of("member1", "member2", "member3")) {
            driver.complete(decision, "Task_MemberOpinion", member);
        }
        driver.task(decision, "Task_HeadDecision");
        return decision;
    }

    private Decision atExecution(String sponsor) {
        Decision decision = atHeadDecision(sponsor);
        driver.complete(decision, "Task_HeadDecision", "head1");
        driver.task(decision, "Task_AssignExecution");
        return decision;
    }

    private Decision atPostEvaluation(String sponsor) {
        Decision decision = atExecution(sponsor);
        driver.complete(decision, "Task_AssignExecution", "office1",
                driver.form("Task_AssignExecution", "executionUnit", driver.unitOf(sponsor)));
        driver.complete(decision, "Task_ExecuteDecision", sponsor);
        driver.task(decision, "Task_DecidePostEvaluation");
        return decision;
    }

    private Decision archived(String sponsor) {
        Decision decision = atPostEvaluation(sponsor);
        driver.complete(decision, "Task_DecidePostEvaluation", "head1");
        return decision;
    }

    /** A public draft (no hearing, experts or risk): the consultation period runs on its timer. */
    private Decision inConsultation(String sponsor) {
        Decision decision = driver.propose("PUBLIC_POLICY", false, sponsor);
        driver.complete(decision, "Task_DecideInitiation", "head1",
                driver.form("Task_DecideInitiation", "sponsorUnit", driver.unitOf(sponsor)));
        driver.complete(decision, "Task_DraftDecision", sponsor, driver.form("Task_DraftDecision",
                "notPublic", false, "notPublicReason", null, "affectsVitalInterests", false,
                "viewsDivergeStrongly", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", sponsor);
        driver.complete(decision, "Task_PrepareConsultation", sponsor);
        return decision;
    }

    private static Map<String, Double> shares(Object... pairs) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            shares.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return shares;
    }
}
