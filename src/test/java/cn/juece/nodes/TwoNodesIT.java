package cn.juece.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import cn.juece.PostgresServer;

/**
 * Two nodes of the built jar on one PostgreSQL database, as production runs them behind a proxy:
 * Camunda's own clustering (shared database, a job executor on each node, optimistic locking) and
 * HTTP sessions in the database. The workload goes to both nodes alternately from several threads.
 * The ordered tests build on each other: the timers are those of the decisions the workload moved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class TwoNodesIT {

    private static final int QUIET_DECISIONS = 4;
    private static final int COMMENTERS = 3;
    private static final int COMMENTS_EACH = 6;

    private NodeDatabase database;
    private NodeProcess a;
    private NodeProcess b;
    private final List<Long> quietDecisions = new ArrayList<>();
    private long consultationDecision;

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws SQLException {
        Optional<NodeDatabase> postgres = NodeDatabase.postgres();
        assumeTrue(postgres.isPresent(), () -> PostgresServer.unreachable().orElse("no PostgreSQL"));
        database = postgres.get();
        // A alone first: it creates the tables and loads the demo data; B then finds both there
        a = new NodeProcess("two-nodes-A", database).start();
        Steps.demoCatalogueItem(database, "unit-edu");
        // B as behind the proxy (profile proxy), A as reached directly: the only difference between them
        b = new NodeProcess("two-nodes-B", database, Map.of("spring.profiles.active", "postgres,proxy")).start();
    }

    @AfterAll
    void stopNodes() {
        for (NodeProcess node : new NodeProcess[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private NodeProcess node(int request) {
        return request % 2 == 0 ? a : b;
    }

    @Test
    @Order(1)
    void everyTaskCompletedOnEitherNodeIsCompletedExactlyOnce() throws Exception {
        WebClient sponsor = new WebClient().login(a, "edu1");
        long item = Steps.demoCatalogueItem(database, "unit-edu");
        for (int i = 0; i < QUIET_DECISIONS; i++) {
            quietDecisions.add(Steps.propose(sponsor, node(i), item, "两节点测试决策 " + i));
        }
        consultationDecision = Steps.propose(sponsor, b, item, "两节点测试征求意见");

        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        drive(consultationDecision, Steps.CONSULTATION_PATH, true, acknowledged);

        ExecutorService pool = Executors.newFixedThreadPool(QUIET_DECISIONS + COMMENTERS);
        List<Future<?>> work = new ArrayList<>();
        ConcurrentLinkedQueue<Race> races = new ConcurrentLinkedQueue<>();
        for (long decision : quietDecisions) {
            work.add(pool.submit(() -> {
                driveQuietDecisionRacingTheSubmission(decision, acknowledged, races);
                return null;
            }));
        }
        ConcurrentLinkedQueue<String> comments = new ConcurrentLinkedQueue<>();
        for (int c = 0; c < COMMENTERS; c++) {
            int commenter = c;
            work.add(pool.submit(() -> {
                comment(commenter, comments);
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(races).hasSize(QUIET_DECISIONS);
        for (Race race : races) {
            assertThat(race.statuses()).as("the same task completed on A and B at once: one succeeds")
                    .filteredOn(status -> status == 204).hasSize(1);
            assertThat(race.statuses()).filteredOn(status -> status >= 200 && status < 300).hasSize(1);
        }
        try (Connection db = database.connect()) {
            for (String taskId : acknowledged) {
                assertThat(Steps.count(db, "select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null"
                        + " and delete_reason_ = 'completed'", taskId)).as("task %s completed", taskId).isEqualTo(1);
                assertThat(Steps.count(db, "select count(*) from dossier_entry where task_id = ?", taskId))
                        .as("dossier entries of task %s", taskId).isEqualTo(1);
            }
            assertThat(Steps.count(db, "select count(*) from (select task_id from dossier_entry where task_id is not null"
                    + " group by task_id having count(*) > 1) twice")).as("tasks recorded twice").isZero();
            int expected = QUIET_DECISIONS * (Steps.QUIET_PATH.size() - 1) + Steps.CONSULTATION_PATH.size();
            assertThat(acknowledged).hasSize(expected);
            for (long decision : quietDecisions) {
                assertThat(Steps.openTasks(db, decision)).extracting(Steps.OpenTask::key)
                        .containsExactly("Task_ReviewLegality");
                assertThat(Steps.count(db, "select count(*) from dossier_entry where decision_id = ? and task_id is not null",
                        decision)).isEqualTo(Steps.QUIET_PATH.size() - 1);
            }
            assertThat(comments).hasSize(COMMENTERS * COMMENTS_EACH);
            for (String text : comments) {
                assertThat(Steps.count(db, "select count(*) from public_comment where decision_id = ? and content = ?",
                        consultationDecision, text)).as("comment %s stored", text).isEqualTo(1);
            }
        }
    }

    private record Race(List<Integer> statuses) {
    }

    private void drive(long decision, List<String> path, boolean publicDraft, ConcurrentLinkedQueue<String> acknowledged)
            throws SQLException {
        for (int step = 0; step < path.size(); step++) {
            Steps.OpenTask task = openTask(decision);
            assertThat(task.key()).isEqualTo(path.get(step));
            WebClient.Response response = Steps.complete(node(step), task.key(), task.id(), publicDraft);
            assertThat(response.status()).as("%s on %s: %s", task.key(), node(step).name(), response.body())
                    .isEqualTo(204);
            acknowledged.add(task.id());
        }
    }

    /** Up to the submission for review, alternating nodes; the submission sent to A and B at the same moment. */
    private void driveQuietDecisionRacingTheSubmission(long decision, ConcurrentLinkedQueue<String> acknowledged,
                                                       ConcurrentLinkedQueue<Race> races) throws Exception {
        List<String> beforeSubmission = Steps.QUIET_PATH.subList(0, Steps.QUIET_PATH.indexOf("Task_SubmitForReview"));
        drive(decision, beforeSubmission, false, acknowledged);
        Steps.OpenTask submission = openTask(decision);
        assertThat(submission.key()).isEqualTo("Task_SubmitForReview");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Future<WebClient.Response>> answers = new ArrayList<>();
        for (NodeProcess node : List.of(a, b)) {
            Callable<WebClient.Response> attempt = () -> {
                go.await();
                return Steps.complete(node, submission.key(), submission.id(), false);
            };
            answers.add(both.submit(attempt));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<WebClient.Response> answer : answers) {
            statuses.add(answer.get(2, TimeUnit.MINUTES).status());
        }
        both.shutdown();
        races.add(new Race(statuses));
        if (statuses.contains(204)) {
            acknowledged.add(submission.id());
        }
    }

    private Steps.OpenTask openTask(long decision) throws SQLException {
        try (Connection db = database.connect()) {
            return Steps.openTask(db, decision).orElseThrow(() -> new AssertionError("no open task of " + decision));
        }
    }

    private void comment(int commenter, ConcurrentLinkedQueue<String> accepted) {
        WebClient citizen = new WebClient();
        for (int i = 0; i < COMMENTS_EACH; i++) {
            NodeProcess node = node(commenter + i);
            String text = "两节点意见 " + commenter + "-" + i;
            citizen.get(node, "/portal/consultations/" + consultationDecision);
            WebClient.Response response = citizen.postForm(node, "/portal/consultations/" + consultationDecision
                    + "/comments", Map.of("name", "市民" + commenter, "contact", "", "text", text));
            assertThat(response.redirectsToWithQuery("/portal/consultations/" + consultationDecision, "received="))
                    .as("comment %s on %s: %s", text, node.name(), response.status()).isTrue();
            accepted.add(text);
        }
        // a crowd on the portal writes no session rows: the comment form's CSRF token is a cookie of the portal
        assertThat(citizen.cookieNames()).as("cookies of a citizen who commented").contains("XSRF-TOKEN")
                .doesNotContain("SESSION", "JSESSIONID");
    }

    @Test
    @Order(2)
    void timersFallingDueFireOnceAcrossBothJobExecutors() throws Exception {
        List<String> timers;
        try (Connection db = database.connect()) {
            timers = Steps.strings(db, "select id_ from act_ru_job where type_ = 'timer' and process_instance_id_ is not null");
            // 2 per review (warning, deadline) and the consultation's end
            assertThat(timers).hasSize(2 * QUIET_DECISIONS + 1);
            // The nodes' clocks are real and out of the test's reach: the timers are made due by moving
            // their due dates into the past, as the passing of days would.
            try (PreparedStatement due = db.prepareStatement("update act_ru_job set duedate_ = ? where id_ = ?")) {
                for (String timer : timers) {
                    due.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
                    due.setString(2, timer);
                    due.addBatch();
                }
                due.executeBatch();
            }
        }
        awaitJobsGone(timers, Duration.ofMinutes(2));

        try (Connection db = database.connect()) {
            for (String timer : timers) {
                assertThat(Steps.count(db, "select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                        timer)).as("successful runs of timer %s", timer).isEqualTo(1);
            }
            assertThat(Steps.count(db, "select count(*) from act_hi_actinst where act_id_ = 'ServiceTask_WarnReviewer'"))
                    .isEqualTo(QUIET_DECISIONS);
            assertThat(Steps.count(db, "select count(*) from act_hi_actinst where act_id_ = 'ServiceTask_EscalateOverdueReview'"))
                    .isEqualTo(QUIET_DECISIONS);
            assertThat(Steps.count(db, "select count(*) from act_hi_actinst where act_id_ = 'ServiceTask_CloseConsultation'"))
                    .isEqualTo(1);
            assertThat(Steps.count(db, "select count(*) from consultation where decision_id = ? and closed_at is not null",
                    consultationDecision)).isEqualTo(1);
            assertThat(Steps.openTasks(db, consultationDecision)).extracting(Steps.OpenTask::key)
                    .containsExactly("Task_SortPublicOpinions");
            // which node ran how many jobs, for the log; either may take them all when the other is busy
            System.out.println("timer jobs run per node: " + Steps.strings(db,
                    "select hostname_ || ': ' || count(*) from act_hi_job_log where job_state_ = 2 group by hostname_"));
        }
    }

    private void awaitJobsGone(List<String> jobs, Duration within) throws SQLException {
        Instant deadline = Instant.now().plus(within);
        String placeholders = String.join(",", jobs.stream().map(job -> "?").toList());
        while (true) {
            try (Connection db = database.connect()) {
                long left = Steps.count(db, "select count(*) from act_ru_job where id_ in (" + placeholders + ")",
                        jobs.toArray());
                if (left == 0) {
                    return;
                }
                assertThat(Instant.now()).as("%d of the timers still not run", left).isBefore(deadline);
            }
            NodeProcess.pause(Duration.ofMillis(500));
        }
    }

    @Test
    @Order(3)
    void theAuditChainVerifiesAfterTheWorkOfBothNodes() {
        WebClient supervisor = new WebClient().login(b, "supervisor1");
        WebClient.Response verification = supervisor.get(a, "/audit/verify");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body()).contains("<p class=\"notice\" role=\"status\">").contains("校验通过");
    }

    @Test
    @Order(4)
    void aUserLoggedInOnOneNodeIsLoggedInOnTheOtherAndLoggedOutOnBoth() {
        WebClient sponsor = new WebClient().login(a, "edu1");
        WebClient.Response onB = sponsor.get(b, "/");
        assertThat(onB.status()).isEqualTo(200);
        assertThat(onB.isLoginPage()).isFalse();
        assertThat(onB.body()).contains("action=\"/logout\"");
        // signed out from a page of the portal, whose own chain keeps visitors' CSRF tokens in a cookie
        WebClient.Response portal = sponsor.get(b, "/portal");
        assertThat(portal.body()).as("the portal knows the signed-in user").contains("action=\"/logout\"");

        WebClient.Response logout = sponsor.postForm(b, "/logout", Map.of());
        assertThat(logout.redirectsTo("/login?logout")).as("logout on B: %s %s", logout.status(), logout.location())
                .isTrue();
        WebClient.Response onA = sponsor.get(a, "/");
        assertThat(onA.redirectsTo("/login")).as("A after logging out on B: %s", onA.status()).isTrue();
    }

    @Test
    @Order(5)
    void theAdministratorsCamundaSingleSignOnHoldsOnTheOtherNode() {
        WebClient admin = new WebClient().login(a, "admin");
        WebClient.Response cockpit = admin.get(b, "/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.isLoginPage()).isFalse();
        WebClient.Response camundaUser = admin.get(b, "/camunda/api/admin/auth/user/default");
        assertThat(camundaUser.status()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"admin\"");

        WebClient.Response anonymous = new WebClient().get(b, "/camunda/api/admin/auth/user/default");
        assertThat(anonymous.status()).isNotEqualTo(200);
    }

    @Test
    @Order(6)
    void onlyANodeBehindTheProxyTakesTheClientAddressFromXForwardedFor() throws Exception {
        new WebClient().claimingAddress("203.0.113.7").login(a, "office1");
        new WebClient().claimingAddress("203.0.113.8").login(b, "member1");
        try (Connection db = database.connect()) {
            assertThat(lastLogin(db, "office1")).as("reached directly: the header is the client's word")
                    .contains("127.0.0.1").doesNotContain("203.0.113.7");
            assertThat(lastLogin(db, "member1")).as("behind the proxy: the proxy's header").contains("203.0.113.8");
        }
    }

    private static String lastLogin(Connection db, String user) throws SQLException {
        return Steps.strings(db, "select payload from audit_entry where kind = 'LOGIN' and actor = ? order by seq desc",
                user).get(0);
    }
}
