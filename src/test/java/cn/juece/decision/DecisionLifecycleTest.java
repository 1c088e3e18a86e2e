package cn.juece.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.JueceTest;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.dossier.EntryKind;
import cn.juece.participation.PublicComments;
import cn.juece.procedure.ProcedureDriver;

/**
 * The whole application on H2 carries one decision from proposal to archive through the
 * service layer, through every mandated stage, and the dossier shows who did each step.
 */
@JueceTest
class DecisionLifecycleTest {

    @Autowired
    ProcedureDriver driver;
    @Autowired
    Dossier dossier;
    @Autowired
    PublicComments comments;

    @BeforeEach
    void startClock() {
        driver.resetClock();
    }

    @AfterEach
    void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    @Test
    void decisionTravelsFromProposalToArchive() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        assertThat(decision.status()).isEqualTo(DecisionStatus.IN_PROCEDURE);

        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1");
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");

        // the three consultation stages run side by side
        driver.complete(decision, "Task_PrepareConsultation", "edu1");
        long comment = comments.submit(decision.id(), null, null, "建议设置三年过渡期");
        driver.complete(decision, "Task_PlanHearing", "edu1");
        driver.complete(decision, "Task_SelectExperts", "edu1");
        for (String expert : List.of("expert1", "expert2", "expert3")) {
            driver.complete(decision, "Task_SubmitExpertOpinion", expert);
        }
        driver.complete(decision, "Task_CommissionRiskAssessment", "edu1");
        driver.complete(decision, "Task_AssessRisk", "assessor1");
        driver.passTime(decision, Duration.ofDays(10));
        driver.complete(decision, "Task_RecordHearing", "edu1");
        driver.passTime(decision, Duration.ofDays(21));
        driver.complete(decision, "Task_SortPublicOpinions", "edu1");

        driver.complete(decision, "Task_ReviseDraft", "edu1", driver.revisionAdoptingEverything(decision));
        driver.complete(decision, "Task_SubmitForReview", "edu1");
        driver.complete(decision, "Task_ReviewLegality", "reviewer1");
        driver.complete(decision, "Task_ReportToPartyCommittee", "office1");
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        for (String member : List.of("member1", "member2", "member3")) {
            driver.complete(decision, "Task_MemberOpinion", member);
        }
        driver.complete(decision, "Task_HeadDecision", "head1");
        driver.complete(decision, "Task_PublishDecision", "office1");
        driver.complete(decision, "Task_AssignExecution", "office1");
        driver.complete(decision, "Task_ExecuteDecision", "edu1");
        driver.complete(decision, "Task_DecidePostEvaluation", "head1");

        assertThat(driver.instances(decision)).isEmpty();
        Decision archived = driver.decision(decision);
        assertThat(archived.status()).isEqualTo(DecisionStatus.COMPLETED);
        assertThat(archived.archivedAt()).isNotNull();

        List<DossierEntry> entries = dossier.entries(decision.id());
        assertThat(entries).extracting(DossierEntry::activityId).containsSubsequence(
                "StartEvent_ProposalSubmitted", "Task_DecideInitiation", "Task_DraftDecision",
                "Task_ConfirmProcedures", "Task_ReviseDraft", "Task_SubmitForReview", "Task_ReviewLegality",
                "Task_ReportToPartyCommittee", "Task_ScheduleMeeting", "Task_HeadDecision", "Task_PublishDecision",
                "Task_AssignExecution", "Task_ExecuteDecision", "Task_DecidePostEvaluation");
        assertThat(entries).filteredOn(e -> e.activityId().equals("Task_MemberOpinion"))
                .extracting(DossierEntry::actor).containsExactlyInAnyOrder("member1", "member2", "member3");
        assertThat(entries).filteredOn(e -> e.activityId().equals("Task_HeadDecision"))
                .extracting(DossierEntry::actor).containsExactly("head1");
        assertThat(entries.get(entries.size() - 1).kind()).isEqualTo(EntryKind.ARCHIVED);
        assertThat(entries.stream().filter(e -> e.activityId().equals("Task_ReviseDraft")).findFirst()
                .map(e -> dossier.content(e).get("opinionAdoptions").toString()).orElseThrow())
                .contains("comment:" + comment);
    }
}
