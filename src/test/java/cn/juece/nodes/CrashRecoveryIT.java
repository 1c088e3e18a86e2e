package cn.juece.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.juece.PostgresServer;

/**
 * A node killed with SIGKILL in the middle of a stream of public comments and task completions,
 * then started again on the same database: what it acknowledged is there, every process is where
 * its dossier says, nothing half-done, the audit chain intact, and the timer that fell due while
 * it was down fires once it is back. On the default deployment's H2 file and on PostgreSQL.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {

    private static final int DECISIONS = 4;
    private static final int COMMENTERS = 3;
    /** Acknowledged writes of each kind before the kill: the stream is well under way, the completions not done. */
    private static final int COMMENTS_BEFORE_KILL = 12;
    private static final int COMPLETIONS_BEFORE_KILL = 8;

    @TempDir
    Path h2Folder;

    private final Set<String> acknowledgedComments = ConcurrentHashMap.newKeySet();
    private final Set<String> unansweredComments = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedCompletions = ConcurrentHashMap.newKeySet();
    private final Map<Long, Integer> acknowledgedPerDecision = new ConcurrentHashMap<>();
    private final AtomicBoolean killing = new AtomicBoolean();

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void everyAcknowledgedWriteSurvivesAKillAndTheTimerDueMeanwhileFiresAfterRestart(String kind) throws Exception {
        Optional<NodeDatabase> found = kind.equals("H2") ? Optional.of(NodeDatabase.h2File(h2Folder))
                : NodeDatabase.postgres();
        assumeTrue(found.isPresent(), () -> PostgresServer.unreachable().orElse("no PostgreSQL"));
        try (NodeDatabase database = found.get();
             NodeProcess node = new NodeProcess("crash-" + kind, database).start()) {
            WebClient sponsor = new WebClient().login(node, "edu1");
            long item = Steps.demoCatalogueItem(database, "unit-edu");
            long consultation = Steps.propose(sponsor, node, item, "崩溃测试征求意见");
            for (String key : Steps.CONSULTATION_PATH) {
                Steps.OpenTask task = onlyTask(database, consultation);
                assertThat(task.key()).isEqualTo(key);
                assertThat(Steps.complete(node, key, task.id(), true).status()).isEqualTo(204);
            }
            List<Long> decisions = new ArrayList<>();
            Map<Long, String> references = new ConcurrentHashMap<>();
            for (int i = 0; i < DECISIONS; i++) {
                long decision = Steps.propose(sponsor, node, item, "崩溃测试决策 " + i);
                decisions.add(decision);
                references.put(decision, reference(database, decision));
            }
            references.put(consultation, reference(database, consultation));
            String consultationTimer;
            try (Connection db = database.connect()) {
                consultationTimer = Steps.strings(db, "select j.id_ from act_ru_job j join act_ru_execution pi"
                        + " on pi.id_ = j.process_instance_id_ where pi.business_key_ = ? and j.type_ = 'timer'",
                        references.get(consultation)).get(0);
            }

            ExecutorService pool = Executors.newFixedThreadPool(DECISIONS + COMMENTERS);
            List<Future<?>> stream = new ArrayList<>();
            for (int c = 0; c < COMMENTERS; c++) {
                int commenter = c;
                stream.add(pool.submit(() -> comment(node, consultation, commenter)));
            }
            for (long decision : decisions) {
                stream.add(pool.submit(() -> drive(node, decision, references.get(decision))));
            }
            awaitAcknowledged(stream);

            // Due a few seconds from now, while the node is down: its restart takes far longer.
            try (Connection db = database.connect();
                 PreparedStatement due = db.prepareStatement("update act_ru_job set duedate_ = ? where id_ = ?")) {
                due.setTimestamp(1, Timestamp.from(Instant.now().plusSeconds(3)));
                due.setString(2, consultationTimer);
                assertThat(due.executeUpdate()).isEqualTo(1);
            }
            killing.set(true);
            node.kill();
            for (Future<?> done : stream) {
                done.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(acknowledgedComments).hasSizeGreaterThanOrEqualTo(COMMENTS_BEFORE_KILL);
            assertThat(acknowledgedCompletions).hasSizeGreaterThanOrEqualTo(COMPLETIONS_BEFORE_KILL);

            node.start();
            System.out.printf("%s: killed after %d comments and %d completions acknowledged, %d comments in flight%n",
                    kind, acknowledgedComments.size(), acknowledgedCompletions.size(), unansweredComments.size());
            try (Connection db = database.connect()) {
                for (String text : acknowledgedComments) {
                    assertThat(Steps.count(db, "select count(*) from public_comment where content = ?", text))
                            .as("acknowledged comment %s", text).isEqualTo(1);
                }
                for (String text : unansweredComments) {
                    assertThat(Steps.count(db, "select count(*) from public_comment where content = ?", text))
                            .as("comment %s in flight at the kill: stored once or not at all", text).isLessThanOrEqualTo(1);
                }
                for (String taskId : acknowledgedCompletions) {
                    assertThat(Steps.count(db, "select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null"
                            + " and delete_reason_ = 'completed'", taskId)).as("acknowledged completion %s", taskId)
                            .isEqualTo(1);
                }
                assertThat(Steps.count(db, "select count(*) from (select task_id from dossier_entry where task_id is not null"
                        + " group by task_id having count(*) > 1) twice")).as("tasks recorded twice").isZero();
                for (long decision : decisions) {
                    assertConsistent(db, decision);
                }
            }
            assertAuditChainIntact(node);

            awaitJobGone(database, consultationTimer, Duration.ofMinutes(2));
            try (Connection db = database.connect()) {
                assertThat(Steps.count(db, "select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                        consultationTimer)).as("the timer due during the outage ran once").isEqualTo(1);
                assertThat(Steps.count(db, "select count(*) from consultation where decision_id = ? and closed_at is not null",
                        consultation)).isEqualTo(1);
                assertThat(Steps.openTasks(db, consultation)).extracting(Steps.OpenTask::key)
                        .containsExactly("Task_SortPublicOpinions");
            }
        }
    }

    /**
     * The process is where its dossier says: k steps recorded (each a completed task with its one
     * dossier entry) and exactly the path's next task open; k is what the node acknowledged, or one
     * more when the request in flight at the kill had committed.
     */
    private void assertConsistent(Connection db, long decision) throws Exception {
        long recorded = Steps.count(db, "select count(*) from dossier_entry where decision_id = ? and task_id is not null",
                decision);
        long completed = Steps.count(db, "select count(*) from act_hi_taskinst t join act_hi_procinst p"
                + " on p.id_ = t.proc_inst_id_ where p.business_key_ = (select reference from decision where id = ?)"
                + " and t.delete_reason_ = 'completed'", decision);
        int acknowledged = acknowledgedPerDecision.getOrDefault(decision, 0);
        assertThat(recorded).as("decision %d: dossier steps vs acknowledged %d", decision, acknowledged)
                .isBetween((long) acknowledged, (long) acknowledged + 1);
        assertThat(completed).as("decision %d: completed tasks = dossier steps", decision).isEqualTo(recorded);
        List<String> open = Steps.openTasks(db, decision).stream().map(Steps.OpenTask::key).toList();
        assertThat(open).as("decision %d after %d steps", decision, recorded)
                .containsExactly(Steps.QUIET_PATH.get((int) recorded));
    }

    private void comment(NodeProcess node, long consultation, int commenter) {
        WebClient citizen = new WebClient();
        for (int i = 0; !killing.get(); i++) {
            String text = "崩溃测试意见 " + commenter + "-" + i;
            try {
                citizen.get(node, "/portal/consultations/" + consultation);
                unansweredComments.add(text);
                WebClient.Response response = citizen.postForm(node, "/portal/consultations/" + consultation
                        + "/comments", Map.of("name", "市民" + commenter, "contact", "", "text", text));
                assertThat(response.redirectsToWithQuery("/portal/consultations/" + consultation, "received="))
                        .as("comment %s: %s", text, response.status()).isTrue();
                unansweredComments.remove(text);
                acknowledgedComments.add(text);
            } catch (UncheckedIOException cutOff) {
                return;
            }
        }
    }

    /** Completes the decision's tasks one after the other until the kill (or the review, which stays open). */
    private void drive(NodeProcess node, long decision, String reference) {
        while (!killing.get()) {
            try {
                List<Steps.OpenTask> open = Steps.openTasksOverRest(node, reference);
                assertThat(open).hasSize(1);
                Steps.OpenTask task = open.get(0);
                if (task.key().equals("Task_ReviewLegality")) {
                    return;
                }
                WebClient.Response response = Steps.complete(node, task.key(), task.id(), false);
                assertThat(response.status()).as("%s: %s", task.key(), response.body()).isEqualTo(204);
                acknowledgedCompletions.add(task.id());
                acknowledgedPerDecision.merge(decision, 1, Integer::sum);
            } catch (UncheckedIOException | IllegalStateException cutOff) {
                if (!killing.get()) {
                    throw cutOff;
                }
                return;
            }
        }
    }

    private void awaitAcknowledged(List<Future<?>> stream) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (acknowledgedComments.size() < COMMENTS_BEFORE_KILL || acknowledgedCompletions.size() < COMPLETIONS_BEFORE_KILL) {
            for (Future<?> work : stream) {
                if (work.isDone()) {
                    work.get(); // a failure in the stream fails the test here
                }
            }
            assertThat(Instant.now()).as("writes acknowledged before the kill").isBefore(deadline);
            NodeProcess.pause(Duration.ofMillis(50));
        }
    }

    private static Steps.OpenTask onlyTask(NodeDatabase database, long decision) throws Exception {
        try (Connection db = database.connect()) {
            return Steps.openTask(db, decision).orElseThrow();
        }
    }

    private static String reference(NodeDatabase database, long decision) throws Exception {
        try (Connection db = database.connect()) {
            return Steps.strings(db, "select reference from decision where id = ?", decision).get(0);
        }
    }

    private static void assertAuditChainIntact(NodeProcess node) {
        WebClient.Response verification = new WebClient().login(node, "supervisor1").get(node, "/audit/verify");
        assertThat(verification.body()).contains("<p class=\"notice\" role=\"status\">").contains("校验通过");
    }

    private static void awaitJobGone(NodeDatabase database, String job, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            try (Connection db = database.connect()) {
                if (Steps.count(db, "select count(*) from act_ru_job where id_ = ?", job) == 0) {
                    return;
                }
            }
            assertThat(Instant.now()).as("timer %s not run after the restart", job).isBefore(deadline);
            NodeProcess.pause(Duration.ofMillis(500));
        }
    }
}
