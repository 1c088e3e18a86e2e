package cn.juece.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

class RiskAssessmentTest extends ProcedureTestBase {

    /** Not public, risky: risk assessment only. */
    private Decision atRiskAssessment() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "notPublic", true, "notPublicReason", "涉密", "affectsVitalInterests", false, "technical", false, "riskToStability", true));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_CommissionRiskAssessment", "edu1");
        return decision;
    }

    @Test
    void highRiskSendsTheDraftBackForRedesignNeverToTheMeeting() {
        Decision decision = atRiskAssessment();
        driver.complete(decision, "Task_AssessRisk", "assessor1", driver.form("Task_AssessRisk", "riskLevel", "HIGH"));

        assertThat(driver.tasks(decision, "Task_ReviseDraft")).isEmpty();
        assertThat(driver.tasks(decision, "Task_DraftDecision")).hasSize(1);

        // the redesigned draft cannot declare the risk away, nor skip the new assessment
        ProcedureViolation riskDeclaredAway = driver.refused(decision, "Task_DraftDecision", "edu1",
                driver.form("Task_DraftDecision", "notPublic", true, "notPublicReason", "涉密",
                        "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        assertThat(riskDeclaredAway.errors()).extracting("field").containsExactly("riskToStability");

        // a redesigned draft goes through the procedures again, and a controllable risk moves on
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "notPublic", true, "notPublicReason", "涉密", "affectsVitalInterests", false, "technical", false, "riskToStability", true));
        driver.refused(decision, "Task_ConfirmProcedures", "edu1", driver.form("Task_ConfirmProcedures",
                "skipRisk", true, "skipRiskReason", "已有风险评估覆盖本事项的全部风险点"));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_CommissionRiskAssessment", "edu1");
        driver.complete(decision, "Task_AssessRisk", "assessor1");
        assertThat(driver.tasks(decision, "Task_ReviseDraft")).hasSize(1);
    }

    @Test
    void reportNamesRiskPointsMeasuresContingencyPlanAndLevel() {
        Decision decision = atRiskAssessment();
        driver.refused(decision, "Task_AssessRisk", "assessor1", driver.form("Task_AssessRisk", "contingencyPlan", null));
        driver.refused(decision, "Task_AssessRisk", "assessor1", driver.form("Task_AssessRisk", "riskLevel", "SEVERE"));
    }

    @Test
    void mediumRiskIsMitigatedInTheRevision() {
        Decision decision = atRiskAssessment();
        driver.complete(decision, "Task_AssessRisk", "assessor1", driver.form("Task_AssessRisk", "riskLevel", "MEDIUM"));
        driver.refused(decision, "Task_ReviseDraft", "edu1", driver.form("Task_ReviseDraft"));
        driver.complete(decision, "Task_ReviseDraft", "edu1",
                driver.form("Task_ReviseDraft", "riskMitigation", "已增设分段实施和应急接待安排"));
    }

    @Test
    void onlyARiskAssessorMayBeCommissioned() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "notPublic", true, "notPublicReason", "涉密", "affectsVitalInterests", false, "technical", false, "riskToStability", true));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.refused(decision, "Task_CommissionRiskAssessment", "edu1",
                driver.form("Task_CommissionRiskAssessment", "riskAssessor", "edu1"));
    }
}
