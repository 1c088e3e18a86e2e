package cn.juece.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureDriver;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ShanghaiTime;

class PublicParticipationTest extends ProcedureTestBase {

    @Autowired
    PublicComments comments;

    /** Public, affecting vital interests (hearing), no experts, no risk assessment. */
    private Decision atConsultation() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1",
                driver.form("Task_DraftDecision", "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        return decision;
    }

    @Test
    void consultationShorterThan30DaysNeedsAReason() {
        Decision decision = atConsultation();
        ProcedureViolation violation = driver.refused(decision, "Task_PrepareConsultation", "edu1",
                driver.form("Task_PrepareConsultation", "consultationDays", 20));
        assertThat(violation.errors()).extracting("field").containsExactly("shortPeriodReason");

        driver.complete(decision, "Task_PrepareConsultation", "edu1", driver.form("Task_PrepareConsultation",
                "consultationDays", 20, "shortPeriodReason", "汛期临近，需尽快实施"));
        assertThat(comments.openConsultation(decision.id())).isPresent();
    }

    @Test
    void consultationClosesByTimerAfterItsPeriodAndRefusesLaterComments() {
        Decision decision = atConsultation();
        driver.complete(decision, "Task_PrepareConsultation", "edu1");
        comments.submit(decision.id(), "张三", null, "建议增加过渡期");

        // published Monday 2026-03-02: thirty full days end at 24:00 on 2026-04-01
        driver.passTime(decision, Duration.between(ProcedureDriver.START,
                ZonedDateTime.of(2026, 4, 1, 23, 59, 0, 0, ShanghaiTime.ZONE)));
        comments.submit(decision.id(), null, null, "最后一天深夜的意见仍然收到");
        Date endOfLastDay = Date.from(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, ShanghaiTime.ZONE).toInstant());
        assertThat(driver.jobs(decision)).extracting(Job::getDuedate).containsExactly(endOfLastDay);

        driver.passTime(decision, Duration.ofMinutes(1));
        assertThat(driver.jobs(decision)).isEmpty();
        assertThatThrownBy(() -> comments.submit(decision.id(), null, null, "期满后的意见"))
                .isInstanceOf(CommentRefused.class).hasMessageContaining("不在征求意见期内");
        assertThat(comments.forDecision(decision.id())).hasSize(2);
        // the hearing branch is still open, so sorting waits for the hearing record
        assertThat(driver.tasks(decision, "Task_PlanHearing")).hasSize(1);
    }

    @Test
    void hearingMaterialsReachParticipantsSevenDaysBefore() {
        Decision decision = atConsultation();
        driver.complete(decision, "Task_PrepareConsultation", "edu1");
        String today = driver.today().toString();
        ProcedureViolation late = driver.refused(decision, "Task_PlanHearing", "edu1", driver.form("Task_PlanHearing",
                "materialsSentOn", today, "hearingDate", driver.today().plusDays(6).toString()));
        assertThat(late.errors()).extracting("field").containsExactly("materialsSentOn");

        driver.complete(decision, "Task_PlanHearing", "edu1", driver.form("Task_PlanHearing",
                "materialsSentOn", today, "hearingDate", driver.today().plusDays(7).toString()));
        driver.passTime(decision, Duration.ofDays(6));
        assertThat(driver.tasks(decision, "Task_RecordHearing")).isEmpty();
        driver.passTime(decision, Duration.ofDays(1));
        assertThat(driver.tasks(decision, "Task_RecordHearing")).hasSize(1);
    }

    @Test
    void hearingRecordConfirmedByParticipantsBeforeOpinionsAreSorted() {
        Decision decision = atConsultation();
        driver.complete(decision, "Task_PrepareConsultation", "edu1");
        driver.complete(decision, "Task_PlanHearing", "edu1");
        driver.passTime(decision, Duration.ofDays(10));
        driver.refused(decision, "Task_RecordHearing", "edu1",
                driver.form("Task_RecordHearing", "participantsConfirmed", false));
        driver.complete(decision, "Task_RecordHearing", "edu1");
        driver.passTime(decision, Duration.ofDays(21));

        driver.complete(decision, "Task_SortPublicOpinions", "edu1");
        assertThat(driver.tasks(decision, "Task_ReviseDraft")).hasSize(1);
        assertThat(comments.openConsultation(decision.id())).isEmpty();
    }

    @Test
    void withoutHearingTheConsultationAloneLeadsToSorting() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_PrepareConsultation", "edu1");
        assertThat(driver.tasks(decision, "Task_PlanHearing")).isEmpty();
        driver.passTime(decision, Duration.ofDays(30));
        assertThat(driver.tasks(decision, "Task_SortPublicOpinions")).isEmpty();
        driver.passTime(decision, Duration.ofDays(1));
        assertThat(driver.tasks(decision, "Task_SortPublicOpinions")).hasSize(1);
    }
}
