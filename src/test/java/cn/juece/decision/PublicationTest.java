package cn.juece.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcedureTestBase;

class PublicationTest extends ProcedureTestBase {

    @Autowired
    Dossier dossier;

    @Test
    void adoptedPublicDecisionIsPublishedWithItsAdoptionExplanationAndWatchedForDelay() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1", driver.form("Task_ConfirmProcedures",
                "skipParticipation", true, "skipParticipationReason", "本事项已于上一年度公开征求意见且内容未变"));
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        driver.throughReviewAndMeeting(decision);

        assertThat(driver.tasks(decision, "Task_PublishDecision")).hasSize(1);
        driver.refused(decision, "Task_PublishDecision", "office1",
                driver.form("Task_PublishDecision", "adoptionExplanation", null));
        driver.passTime(decision, Duration.ofDays(8));
        assertThat(dossier.entries(decision.id())).filteredOn(e -> e.kind() == EntryKind.DEADLINE_NOTICE).hasSize(1);

        driver.complete(decision, "Task_PublishDecision", "office1");
        assertThat(driver.tasks(decision, "Task_AssignExecution")).hasSize(1);
    }

    @Test
    void decisionNotPublicByLawSkipsPublication() {
        Decision decision = driver.atExecution();
        assertThat(dossier.entries(decision.id())).extracting("activityId").doesNotContain("Task_PublishDecision");
    }
}
