package cn.juece.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.decision.Decision;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.notice.Notice;
import cn.juece.notice.NoticeKind;
import cn.juece.notice.Notices;
import cn.juece.procedure.ProcedureTestBase;

class DeadlineNoticesTest extends ProcedureTestBase {

    @Autowired
    Notices notices;
    @Autowired
    TaskNotices taskNotices;
    @Autowired
    TaskService tasks;
    @Autowired
    Dossier dossier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    WorkflowTasks workflow;

    @Test
    void reviewTimersTellTheReviewerBeforeAndAfterAndTheUnitLeaderOnlyWhenOverdue() {
        Decision decision = driver.atReview();
        Task review = driver.task(decision, "Task_ReviewLegality");
        // claimed, so its holder is reviewer1 alone and not the bureau's leader, also a reviewer
        workflow.claim(review.getId(), "reviewer1", driver.groupsOf("reviewer1"));

        driver.passTime(decision, Duration.ofDays(17));
        assertThat(noticesOf(review)).extracting(Notice::recipient, Notice::kind)
                .containsExactly(tuple("reviewer1", NoticeKind.DUE_SOON));

        driver.passTime(decision, Duration.ofDays(5));
        assertThat(noticesOf(review)).extracting(Notice::recipient, Notice::kind).containsExactlyInAnyOrder(
                tuple("reviewer1", NoticeKind.DUE_SOON), tuple("reviewer1", NoticeKind.OVERDUE),
                tuple("justiceleader1", NoticeKind.OVERDUE));
        assertThat(noticesOf(review)).allSatisfy(notice -> {
            assertThat(notice.decisionReference()).isEqualTo(decision.reference());
            assertThat(notice.dueAt()).isEqualTo(review.getDueDate().toInstant());
            assertThat(notice.text()).contains("合法性审查");
        });
        assertThat(dossier.entries(decision.id())).filteredOn(e -> e.kind() == EntryKind.DEADLINE_NOTICE)
                .hasSize(2);
    }

    @Test
    void overduePublicationTellsTheOfficeAndItsLeader() {
        Decision decision = atPublication();
        Task publish = driver.task(decision, "Task_PublishDecision");
        workflow.claim(publish.getId(), "office1", driver.groupsOf("office1"));
        driver.passTime(decision, Duration.ofDays(10));
        assertThat(noticesOf(publish)).extracting(Notice::recipient, Notice::kind).containsExactlyInAnyOrder(
                tuple("office1", NoticeKind.OVERDUE), tuple("officeleader1", NoticeKind.OVERDUE));
    }

    @Test
    void theSweepWarnsOfADeadlineNoTimerWatchesOnceAndTheTimerAddsNoSecondNotice() {
        Decision decision = atPublication();
        Task publish = driver.task(decision, "Task_PublishDecision");
        workflow.claim(publish.getId(), "office1", driver.groupsOf("office1"));
        // publication has an overdue timer only: its due-soon notice comes from the sweep
        ClockUtil.setCurrentTime(Date.from(publish.getDueDate().toInstant().minus(Duration.ofDays(1))));
        sweep.run();
        sweep.run();
        assertThat(noticesOf(publish)).extracting(Notice::recipient, Notice::kind)
                .containsExactly(tuple("office1", NoticeKind.DUE_SOON));

        ClockUtil.setCurrentTime(Date.from(publish.getDueDate().toInstant().plus(Duration.ofHours(1))));
        sweep.run();
        driver.runDueJobs(decision);
        sweep.run();
        assertThat(noticesOf(publish)).extracting(Notice::recipient, Notice::kind).containsExactlyInAnyOrder(
                tuple("office1", NoticeKind.DUE_SOON), tuple("office1", NoticeKind.OVERDUE),
                tuple("officeleader1", NoticeKind.OVERDUE));
        assertThat(dossier.entries(decision.id())).filteredOn(e -> e.kind() == EntryKind.DEADLINE_NOTICE)
                .as("the timer still records the delay in the dossier").hasSize(1);
    }

    @Test
    void anUnclaimedGroupTaskTellsEveryMemberAndAClaimedOneOnlyItsHolder() {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        taskNotices.deadline(revise, NoticeKind.DUE_SOON);
        assertThat(noticesOf(revise)).extracting(Notice::recipient).containsExactlyInAnyOrder("edu1", "eduleader1");

        tasks.claim(revise.getId(), "edu1");
        Task claimed = driver.task(decision, "Task_ReviseDraft");
        taskNotices.deadline(claimed, NoticeKind.OVERDUE);
        assertThat(noticesOf(revise)).filteredOn(n -> n.kind() == NoticeKind.OVERDUE)
                .extracting(Notice::recipient).containsExactlyInAnyOrder("edu1", "eduleader1");
        assertThat(notices.of("edu1")).filteredOn(n -> n.taskId().equals(revise.getId()))
                .extracting(Notice::text).anyMatch(text -> text.contains("立即办理"));
        assertThat(notices.of("eduleader1")).filteredOn(n -> n.taskId().equals(revise.getId())
                && n.kind() == NoticeKind.OVERDUE).extracting(Notice::text).allMatch(text -> text.contains("督促"));
    }

    @Test
    void aDeadlineNoticeReachesEachPersonOnceHoweverOftenItFires() {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        taskNotices.deadline(revise, NoticeKind.OVERDUE);
        taskNotices.deadline(revise, NoticeKind.OVERDUE);
        assertThat(noticesOf(revise)).extracting(Notice::recipient).containsExactlyInAnyOrder("edu1", "eduleader1");
    }

    @Test
    void aMailThatCannotBeSentIsRecordedAndTheTimerStillRuns() {
        // the test context mails to a port nothing listens on
        Decision decision = driver.atReview();
        Task review = driver.task(decision, "Task_ReviewLegality");
        workflow.claim(review.getId(), "reviewer1", driver.groupsOf("reviewer1"));
        driver.passTime(decision, Duration.ofDays(17));
        assertThat(noticesOf(review)).singleElement().satisfies(notice -> {
            assertThat(notice.emailSentAt()).isNull();
            assertThat(notice.emailError()).isNotBlank();
        });
        assertThat(dossier.entries(decision.id())).filteredOn(e -> e.kind() == EntryKind.DEADLINE_NOTICE).hasSize(1);
    }

    /** Adopted, public, waiting for the office to publish it within its working-day deadline. */
    private Decision atPublication() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1", driver.form("Task_ConfirmProcedures",
                "skipParticipation", true, "skipParticipationReason", "本事项已于上一年度公开征求意见且内容未变"));
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        driver.throughReviewAndMeeting(decision);
        return decision;
    }

    private List<Notice> noticesOf(Task task) {
        return jdbc.queryForList("select id from notice where task_id = ? order by id", Long.class, task.getId())
                .stream().map(id -> notices.find(id).orElseThrow()).toList();
    }
}
