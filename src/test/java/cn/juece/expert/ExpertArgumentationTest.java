package cn.juece.expert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

class ExpertArgumentationTest extends ProcedureTestBase {

    /** Not public, technical: expert argumentation only. */
    private Decision atExpertSelection() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "notPublic", true, "notPublicReason", "涉密", "affectsVitalInterests", false, "riskToStability", false, "technical", true));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        return decision;
    }

    @Test
    void argumentationNeedsEnoughIndependentExpertsFromThePool() {
        Decision decision = atExpertSelection();
        ProcedureViolation tooFew = driver.refused(decision, "Task_SelectExperts", "edu1",
                driver.form("Task_SelectExperts", "expertIds", "expert1,expert2"));
        assertThat(tooFew.getMessage()).contains("不得少于 3 名");
        driver.refused(decision, "Task_SelectExperts", "edu1",
                driver.form("Task_SelectExperts", "expertIds", "expert1,expert2,member1"));
        driver.refused(decision, "Task_SelectExperts", "edu1",
                driver.form("Task_SelectExperts", "noDirectInterest", false));
    }

    @Test
    void everySelectedExpertSignsAnOpinionBeforeRevision() {
        Decision decision = atExpertSelection();
        driver.complete(decision, "Task_SelectExperts", "edu1");
        assertThat(driver.tasks(decision, "Task_SubmitExpertOpinion")).extracting("assignee")
                .containsExactlyInAnyOrder("expert1", "expert2", "expert3");

        driver.refused(decision, "Task_SubmitExpertOpinion", "expert1",
                driver.form("Task_SubmitExpertOpinion", "signed", false));
        driver.complete(decision, "Task_SubmitExpertOpinion", "expert1");
        driver.complete(decision, "Task_SubmitExpertOpinion", "expert2");
        assertThat(driver.tasks(decision, "Task_ReviseDraft")).isEmpty();
        driver.complete(decision, "Task_SubmitExpertOpinion", "expert3");
        assertThat(driver.tasks(decision, "Task_ReviseDraft")).hasSize(1);
    }

    @Test
    void anExpertCannotSubmitAnotherExpertsOpinion() {
        Decision decision = atExpertSelection();
        driver.complete(decision, "Task_SelectExperts", "edu1");
        var task = driver.tasks(decision, "Task_SubmitExpertOpinion").stream()
                .filter(t -> "expert1".equals(t.getAssignee())).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.completeTask(task.getId(), "expert2",
                        driver.form("Task_SubmitExpertOpinion")))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("无权办结");
    }
}
