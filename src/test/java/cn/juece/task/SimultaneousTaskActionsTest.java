package cn.juece.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.audit.AuditTrail;
import cn.juece.audit.AuditVerifier;
import cn.juece.decision.Decision;
import cn.juece.dossier.Dossier;
import cn.juece.procedure.ProcedureTestBase;

/**
 * Two people act on one task at the same moment. The race is made, not hoped for: the first
 * action runs to its last statement inside a transaction the test holds open; the second then
 * passes all its checks and waits on the first one's row locks; only then does the test let
 * the first commit. Exactly one wins, the other is told so in Chinese, nothing half-written.
 */
class SimultaneousTaskActionsTest extends ProcedureTestBase {

    private static final Map<String, Object> START_IT = Map.of("initiationApproved", true,
            "sponsorUnit", "unit-edu", "initiationOpinion", "同意启动");

    @Autowired
    WebApplicationContext context;
    @Autowired
    WorkflowTasks workflow;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Dossier dossier;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    HistoryService history;
    @Autowired
    TestRestTemplate rest;

    MockMvc mvc;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoMembersOfTheGroupClaimTheSameTaskAndTheSecondIsToldWhoHasIt() throws Exception {
        Decision decision = driver.atReview();
        String taskId = driver.task(decision, "Task_ReviewLegality").getId();

        MvcResult second = race(() -> workflow.claim(taskId, "reviewer1", driver.groupsOf("reviewer1")),
                () -> mvc.perform(post("/tasks/" + taskId + "/claim").with(as("justiceleader1")).with(csrf()))
                        .andReturn());

        assertThat(driver.task(decision, "Task_ReviewLegality").getAssignee()).isEqualTo("reviewer1");
        assertThat(second.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getFlashMap().get("error")).isEqualTo("该任务已由周审查员（司法局）签收");
    }

    @Test
    void theSameTaskCompletedTwiceAtOnceOnThePageIsCompletedOnceAndTheLoserIsTold() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        Footprint before = footprint(decision);

        MvcResult second = race(() -> workflow.complete(taskId, "head1", driver.groupsOf("head1"), START_IT),
                () -> mvc.perform(post("/tasks/" + taskId).with(as("head1")).with(csrf())
                        .param("initiationApproved", "true").param("sponsorUnit", "unit-edu")
                        .param("initiationOpinion", "同意（另一窗口）").param("confirmed", "true")).andReturn());

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(second.getFlashMap().get("error")).isEqualTo(TaskConflict.DONE_BY_SOMEONE_ELSE);
        assertCompletedOnce(decision, taskId, before);
    }

    @Test
    void theSameTaskCompletedOnThePageAndThroughTheEngineApiAtOnceIsCompletedOnce() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        Footprint before = footprint(decision);

        ResponseEntity<Map> second = race(() -> workflow.complete(taskId, "head1", driver.groupsOf("head1"), START_IT),
                () -> rest.withBasicAuth("head1", "test-secret").postForEntity("/engine-rest/task/{id}/complete",
                        Map.of("variables", Map.of("initiationApproved", Map.of("value", true),
                                "sponsorUnit", Map.of("value", "unit-edu"),
                                "initiationOpinion", Map.of("value", "同意（接口）"))), Map.class, taskId));

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // the API's loser waits already at its sign-in's audit link, and then finds the task gone
        assertThat(second.getBody().get("message").toString()).contains("已由他人办结");
        assertCompletedOnce(decision, taskId, before);
    }

    @Test
    void aCompletionArrivingAfterTheTaskWasDoneIsToldSoAndNotAnError() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        workflow.complete(taskId, "head1", driver.groupsOf("head1"), START_IT);

        MvcResult late = mvc.perform(post("/tasks/" + taskId).with(as("head1")).with(csrf())
                .param("initiationApproved", "true").param("sponsorUnit", "unit-edu")
                .param("initiationOpinion", "同意").param("confirmed", "true")).andReturn();
        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(late.getFlashMap().get("error")).isEqualTo(TaskConflict.GONE);

        ResponseEntity<String> lateApi = rest.withBasicAuth("head1", "test-secret").postForEntity(
                "/engine-rest/task/{id}/complete", Map.of("variables", Map.of()), String.class, taskId);
        assertThat(lateApi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(lateApi.getBody()).contains(TaskConflict.GONE);
    }

    /** Compared with the same task completed once, alone, on another decision. */
    private void assertCompletedOnce(Decision decision, String taskId, Footprint before) {
        Footprint alone = footprintOfOneCompletion();
        Footprint after = footprint(decision);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isEqualTo(1);
        assertThat(driver.tasks(decision, "Task_DraftDecision")).as("the next step started once").hasSize(1);
        assertThat(after.entries() - before.entries()).as("one completion's dossier entries").isEqualTo(alone.entries());
        assertThat(after.links() - before.links()).as("one completion's audit links").isEqualTo(alone.links());
        assertThat(dossier.entries(decision.id())).filteredOn(entry -> taskId.equals(entry.taskId()))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.content()).doesNotContain("另一窗口", "接口"));
        assertThat(verifier.verifyChain().intact()).isTrue();
    }

    private Footprint footprintOfOneCompletion() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        Footprint before = footprint(decision);
        driver.complete(decision, "Task_DecideInitiation", "head1", START_IT);
        Footprint after = footprint(decision);
        return new Footprint(after.entries() - before.entries(), after.links() - before.links());
    }

    private Footprint footprint(Decision decision) {
        return new Footprint(dossier.entries(decision.id()).size(), trail.about("decision:" + decision.id()).size());
    }

    /** How many dossier entries and audit links a decision has. */
    private record Footprint(int entries, int links) {
    }

    /**
     * Runs {@code first} inside a transaction held open after it has done everything, starts
     * {@code second}, waits until the database shows it waiting on the first one's locks, then
     * lets the first commit and returns what the second answered.
     */
    private <T> T race(Runnable first, Callable<T> second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            first.run();
            firstDone.countDown();
            await(commit);
        }));
        assertThat(firstDone.await(30, TimeUnit.SECONDS)).as("first action done, not committed").isTrue();
        Future<T> loser = threads.submit(second);
        waitForALockWait();
        commit.countDown();
        holder.get(30, TimeUnit.SECONDS);
        return loser.get(30, TimeUnit.SECONDS);
    }

    private void waitForALockWait() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (sessionsWaitingOnALock() > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second action never reached the first one's locks");
    }

    private int sessionsWaitingOnALock() {
        String product = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        String sql = "PostgreSQL".equals(product)
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private RequestPostProcessor as(String userId) {
        return user(userId).authorities(driver.groupsOf(userId).stream().map(SimpleGrantedAuthority::new).toList());
    }
}
