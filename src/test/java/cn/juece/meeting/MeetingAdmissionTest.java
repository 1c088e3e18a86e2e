package cn.juece.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

/** Every branch of the meeting gate, attempted by moving a token the way an operator could. */
class MeetingAdmissionTest extends ProcedureTestBase {

    @Autowired
    RuntimeService runtime;

    @Test
    void listedChangesMustBeAppliedBeforeTheMeeting() {
        Decision decision = driver.atReview();
        driver.complete(decision, "Task_ReviewLegality", "reviewer1", driver.form("Task_ReviewLegality",
                "reviewOutcome", "LAWFUL_WITH_CHANGES", "requiredChanges", "删去第五条"));
        assertRefused(decision, "尚未按合法性审查意见修改");
    }

    @Test
    void partyCommitteeConsentIsNeededBeforeTheMeeting() {
        Decision decision = driver.atReview();
        driver.complete(decision, "Task_ReviewLegality", "reviewer1");
        assertRefused(decision, "尚未向党委请示报告");
    }

    @Test
    void partyCommitteeReportCannotBeSwitchedOffThroughAVariable() {
        Decision decision = driver.atReview();
        runtime.setVariable(driver.decision(decision).processInstanceId(), "partyCommitteeReportRequired", false);
        ProcedureViolation refused = driver.refused(decision, "Task_ReviewLegality", "reviewer1",
                driver.form("Task_ReviewLegality"));
        assertThat(refused.getMessage()).contains("尚未向党委请示报告");
    }

    @Test
    void draftChangedAfterTheReviewNeedsANewReview() {
        Decision decision = driver.atMeeting();
        driver.startBefore(decision, "Task_ReviseDraft");
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        assertRefused(decision, "又作了修改");
    }

    @Test
    void meetingIsNotHeldAgainOnADraftItAlreadyDecided() {
        Decision decision = driver.atHeadDecision();
        driver.complete(decision, "Task_HeadDecision", "head1", driver.form("Task_HeadDecision",
                "meetingOutcome", "POSTPONE", "differsReason", "需进一步研究"));
        assertRefused(decision, "会议已就本次审查的草案作出决定");
    }

    @Test
    void meetingCannotBeRescheduledOnceAMemberHasSpoken() {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        driver.complete(decision, "Task_MemberOpinion", "member1");
        String meeting = driver.tasks(decision, "Task_MemberOpinion").get(0).getProcessInstanceId();
        runtime.createProcessInstanceModification(meeting).startBeforeActivity("Task_ScheduleMeeting")
                .execute(true, false);
        ProcedureViolation refused = driver.refused(decision, "Task_ScheduleMeeting", "office1",
                driver.form("Task_ScheduleMeeting", "presentMemberIds", "member1,member4,member5"));
        assertThat(refused.getMessage()).contains("会议不能重新安排");
    }

    @Test
    void onlyAnAdoptedDecisionIsPublishedOrExecuted() {
        Decision decision = driver.atHeadDecision();
        assertThatThrownBy(() -> driver.startBefore(decision, "CallActivity_DecisionExecution"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("不得公布或执行");
        assertThatThrownBy(() -> driver.startBefore(decision, "Task_PublishDecision"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("不得公布或执行");
        driver.complete(decision, "Task_HeadDecision", "head1", driver.form("Task_HeadDecision",
                "meetingOutcome", "REJECT", "differsReason", "不宜实施"));
        assertThat(driver.tasks(decision, "Task_AssignExecution")).isEmpty();
    }

    private void assertRefused(Decision decision, String why) {
        int meetingsBefore = driver.tasks(decision, "Task_ScheduleMeeting").size();
        assertThatThrownBy(() -> driver.startBefore(decision, "CallActivity_CollectiveDiscussion"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining(why);
        assertThat(driver.tasks(decision, "Task_ScheduleMeeting")).hasSize(meetingsBefore);
    }
}
