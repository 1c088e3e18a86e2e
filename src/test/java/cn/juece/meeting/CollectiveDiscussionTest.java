package cn.juece.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionStatus;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

class CollectiveDiscussionTest extends ProcedureTestBase {

    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void meetingWithoutQuorumCannotBeHeld() {
        Decision decision = driver.atMeeting();
        ProcedureViolation noQuorum = driver.refused(decision, "Task_ScheduleMeeting", "office1",
                driver.form("Task_ScheduleMeeting", "presentMemberIds", "member1,member2"));
        assertThat(noQuorum.getMessage()).contains("出席人数 2 人，未超过组成人员 5 人的法定比例");
        driver.refused(decision, "Task_ScheduleMeeting", "office1",
                driver.form("Task_ScheduleMeeting", "presentMemberIds", "member1,member2,head1"));
    }

    @Test
    void everyPresentMemberSpeaksAndOnlyThenTheHead() {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        assertThat(driver.tasks(decision, "Task_MemberOpinion")).extracting("assignee")
                .containsExactlyInAnyOrder("member1", "member2", "member3");
        driver.complete(decision, "Task_MemberOpinion", "member1");
        driver.complete(decision, "Task_MemberOpinion", "member2");
        assertThat(driver.tasks(decision, "Task_HeadDecision")).isEmpty();
        driver.complete(decision, "Task_MemberOpinion", "member3");
        assertThat(driver.tasks(decision, "Task_HeadDecision")).extracting("assignee").containsExactly("head1");
    }

    @Test
    void headCannotSpeakBeforeAllMembersEvenByProcessModification() {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        driver.complete(decision, "Task_MemberOpinion", "member1");
        ProcessInstance meeting = meetingInstance(decision);

        assertThatThrownBy(() -> runtime.createProcessInstanceModification(meeting.getId())
                .startBeforeActivity("Task_HeadDecision").execute(true, false))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("尚未发表意见");
        assertThat(driver.tasks(decision, "Task_HeadDecision")).isEmpty();
    }

    @Test
    void opinionsAreStatedAtTheMeetingNotBeforeItsDay() {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1", driver.form("Task_ScheduleMeeting",
                "meetingDate", driver.today().plusDays(2).toString()));
        ProcedureViolation early = driver.refused(decision, "Task_MemberOpinion", "member1",
                driver.form("Task_MemberOpinion"));
        assertThat(early.getMessage()).contains("会前不能发表意见");
        driver.passTime(decision, Duration.ofDays(2));
        driver.complete(decision, "Task_MemberOpinion", "member1");
    }

    @Test
    void headDifferingFromTheMajorityMustStateReasons() {
        Decision decision = driver.atHeadDecision("DISAGREE", "DISAGREE", "AGREE");
        ProcedureViolation noReason = driver.refused(decision, "Task_HeadDecision", "head1",
                driver.form("Task_HeadDecision"));
        assertThat(noReason.errors()).extracting("field").containsExactly("differsReason");
        driver.complete(decision, "Task_HeadDecision", "head1",
                driver.form("Task_HeadDecision", "differsReason", "事关民生，宜尽早实施，分歧意见已在方案中吸收"));
        assertThat(driver.tasks(decision, "Task_AssignExecution")).hasSize(1);
    }

    @Test
    void headFollowingTheMajorityNeedsNoReasons() {
        Decision decision = driver.atHeadDecision("DISAGREE", "DISAGREE", "AGREE");
        driver.complete(decision, "Task_HeadDecision", "head1", driver.form("Task_HeadDecision",
                "meetingOutcome", "REJECT", "headStatement", "不予通过"));
        assertThat(driver.decision(decision).status()).isEqualTo(DecisionStatus.REJECTED);
        assertThat(driver.instances(decision)).isEmpty();
    }

    @Test
    void postponedDecisionGoesBackToRevisionAndNeedsANewReview() {
        Decision decision = driver.atHeadDecision();
        driver.complete(decision, "Task_HeadDecision", "head1", driver.form("Task_HeadDecision",
                "meetingOutcome", "POSTPONE", "differsReason", "需进一步研究学位供给数据"));
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        assertThat(driver.tasks(decision, "Task_SubmitForReview")).hasSize(1);
    }

    @Test
    void draftNotFoundLawfulNeverReachesTheMeetingEvenByProcessModification() {
        Decision decision = driver.atReview();
        ProcessInstance main = runtime.createProcessInstanceQuery().processInstanceId(
                driver.decision(decision).processInstanceId()).singleResult();
        assertThatThrownBy(() -> runtime.createProcessInstanceModification(main.getId())
                .startBeforeActivity("CallActivity_CollectiveDiscussion").execute(true, false))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("未经合法性审查");

        driver.complete(decision, "Task_ReviewLegality", "reviewer1", driver.form("Task_ReviewLegality",
                "reviewOutcome", "UNLAWFUL"));
        assertThatThrownBy(() -> runtime.createProcessInstanceModification(main.getId())
                .startBeforeActivity("CallActivity_CollectiveDiscussion").execute(true, false))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("不合法");
        assertThat(driver.tasks(decision, "Task_ScheduleMeeting")).isEmpty();
    }

    @Test
    void partyCommitteeMustConsentBeforeTheMeeting() {
        Decision decision = driver.atReview();
        driver.complete(decision, "Task_ReviewLegality", "reviewer1");
        driver.complete(decision, "Task_ReportToPartyCommittee", "office1",
                driver.form("Task_ReportToPartyCommittee", "partyCommitteeConsent", false));
        assertThat(driver.tasks(decision, "Task_ReviseDraft")).hasSize(1);
        assertThat(driver.tasks(decision, "Task_ScheduleMeeting")).isEmpty();
    }

    @Test
    void withoutThePartyCommitteeSettingTheLawfulDraftGoesStraightToTheMeeting() {
        Decision decision = driver.atReview();
        // as if proposed where juece.procedure.party-committee-report-required is false
        jdbc.update("update decision set party_committee_report_required = false where id = ?", decision.id());
        runtime.setVariable(driver.decision(decision).processInstanceId(), "partyCommitteeReportRequired", false);
        driver.complete(decision, "Task_ReviewLegality", "reviewer1");
        assertThat(driver.tasks(decision, "Task_ReportToPartyCommittee")).isEmpty();
        assertThat(driver.tasks(decision, "Task_ScheduleMeeting")).hasSize(1);
    }

    private ProcessInstance meetingInstance(Decision decision) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("CollectiveDiscussionProcess")
                .processInstanceBusinessKey(decision.reference()).singleResult();
    }
}
