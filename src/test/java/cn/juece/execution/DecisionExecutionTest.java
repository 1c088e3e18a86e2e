package cn.juece.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionStatus;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

class DecisionExecutionTest extends ProcedureTestBase {

    @Autowired
    DecisionWorkflow decisions;

    private Decision implementing() {
        Decision decision = driver.atExecution();
        driver.complete(decision, "Task_AssignExecution", "office1");
        return decision;
    }

    @Test
    void executionUnitReportsProgressOnEveryCycleUntilDone() {
        Decision decision = implementing();
        assertThat(driver.tasks(decision, "Task_ReportProgress")).isEmpty();
        driver.passTime(decision, Duration.ofDays(30));
        driver.complete(decision, "Task_ReportProgress", "edu1");
        driver.passTime(decision, Duration.ofDays(30));
        driver.complete(decision, "Task_ReportProgress", "edu1");

        driver.complete(decision, "Task_ExecuteDecision", "edu1");
        driver.complete(decision, "Task_DecidePostEvaluation", "head1");
        assertThat(driver.decision(decision).status()).isEqualTo(DecisionStatus.COMPLETED);
        assertThat(driver.jobs(decision)).isEmpty();
    }

    @Test
    void executionNeedsAnExistingUnitAndAFutureDeadline() {
        Decision decision = driver.atExecution();
        driver.refused(decision, "Task_AssignExecution", "office1",
                driver.form("Task_AssignExecution", "executionUnit", "unit-nowhere"));
        driver.refused(decision, "Task_AssignExecution", "office1",
                driver.form("Task_AssignExecution", "executionDeadline", "2026-01-01"));
    }

    @Test
    void reportedProblemLetsTheHeadSuspendAndTheOrganOrderAnEvaluation() {
        Decision decision = implementing();
        driver.passTime(decision, Duration.ofDays(30));
        driver.refused(decision, "Task_ReportProgress", "edu1",
                driver.form("Task_ReportProgress", "problemReported", true));
        driver.complete(decision, "Task_ReportProgress", "edu1", driver.form("Task_ReportProgress",
                "problemReported", true, "problemDescription", "学位供给数据发生重大变化"));
        driver.complete(decision, "Task_DecideSuspension", "head1");

        assertThat(driver.tasks(decision, "Task_ExecuteDecision")).isEmpty();
        driver.complete(decision, "Task_DecidePostEvaluation", "head1", driver.form("Task_DecidePostEvaluation",
                "postEvaluationOrdered", true, "postEvaluator", "assessor2"));
        driver.complete(decision, "Task_PostEvaluate", "assessor2");
        assertThat(driver.tasks(decision, "Task_ExecuteDecision")).hasSize(1);
    }

    @Test
    void headMayLetExecutionContinueAfterAProblem() {
        Decision decision = implementing();
        driver.passTime(decision, Duration.ofDays(30));
        driver.complete(decision, "Task_ReportProgress", "edu1", driver.form("Task_ReportProgress",
                "problemReported", true, "problemDescription", "个别学校施工延期"));
        driver.complete(decision, "Task_DecideSuspension", "head1",
                driver.form("Task_DecideSuspension", "suspend", false));
        assertThat(driver.tasks(decision, "Task_ExecuteDecision")).hasSize(1);
        assertThat(driver.tasks(decision, "Task_DecidePostEvaluation")).isEmpty();
    }

    @Test
    void postEvaluationIsNotByWhoeverAssessedTheRiskBeforeTheDecision() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "notPublic", true, "notPublicReason", "涉密", "affectsVitalInterests", false, "technical", false, "riskToStability", true));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_CommissionRiskAssessment", "edu1");
        driver.complete(decision, "Task_AssessRisk", "assessor1");
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        driver.throughReviewAndMeeting(decision);
        driver.complete(decision, "Task_AssignExecution", "office1");
        driver.complete(decision, "Task_ExecuteDecision", "edu1");

        ProcedureViolation sameAssessor = driver.refused(decision, "Task_DecidePostEvaluation", "head1",
                driver.form("Task_DecidePostEvaluation", "postEvaluationOrdered", true, "postEvaluator", "assessor1"));
        assertThat(sameAssessor.getMessage()).contains("第三十六条");
        driver.complete(decision, "Task_DecidePostEvaluation", "head1", driver.form("Task_DecidePostEvaluation",
                "postEvaluationOrdered", true, "postEvaluator", "assessor2"));
        assertThat(driver.tasks(decision, "Task_PostEvaluate")).extracting("assignee").containsExactly("assessor2");
    }

    @Test
    void majorAdjustmentStartsANewDecisionLinkedToTheOld() {
        Decision decision = evaluated("ADJUST");
        assertThat(driver.decision(decision).status()).isEqualTo(DecisionStatus.ADJUSTED);
        Decision successor = decisions.all().stream()
                .filter(d -> Long.valueOf(decision.id()).equals(d.previousDecisionId())).findFirst().orElseThrow();
        assertThat(successor.status()).isEqualTo(DecisionStatus.IN_PROCEDURE);
        assertThat(driver.tasks(successor, "Task_DecideInitiation")).hasSize(1);
    }

    @Test
    void evaluationMayStopTheDecision() {
        Decision decision = evaluated("STOP");
        assertThat(driver.decision(decision).status()).isEqualTo(DecisionStatus.STOPPED);
        assertThat(driver.instances(decision)).isEmpty();
    }

    private Decision evaluated(String outcome) {
        Decision decision = implementing();
        driver.complete(decision, "Task_ExecuteDecision", "edu1");
        driver.complete(decision, "Task_DecidePostEvaluation", "head1", driver.form("Task_DecidePostEvaluation",
                "postEvaluationOrdered", true, "postEvaluator", "assessor2"));
        driver.complete(decision, "Task_PostEvaluate", "assessor2",
                driver.form("Task_PostEvaluate", "evaluationOutcome", outcome));
        return decision;
    }
}
