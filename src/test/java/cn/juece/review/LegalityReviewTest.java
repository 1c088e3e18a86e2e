package cn.juece.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.decision.Decision;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ShanghaiTime;

class LegalityReviewTest extends ProcedureTestBase {

    @Autowired
    Dossier dossier;
    @Autowired
    ReviewMaterials materials;

    @Test
    void skippedProcedureReasonsTravelToTheReviewerWithTheDraftAndLegalBasis() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1", driver.form("Task_ConfirmProcedures",
                "skipParticipation", true, "skipParticipationReason", "涉及国家秘密，依法不予公开征求意见"));
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        driver.complete(decision, "Task_SubmitForReview", "edu1");

        ReviewMaterials.Materials file = materials.forDecision(decision.id());
        assertThat(file.skippedProcedures()).containsExactly(
                org.assertj.core.api.Assertions.entry("公众参与", "涉及国家秘密，依法不予公开征求意见"));
        assertThat(file.draft()).isEqualTo("修改后的草案");
        assertThat(file.legalBasis()).isEqualTo("义务教育法第十二条");
        assertThat(file.proceduresAccount()).isNotBlank();
    }

    @Test
    void meetingDateLessThanSevenWorkingDaysAwayIsRefused() {
        Decision decision = driver.atRevision();
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        // submitted Monday 2026-03-02: the 7th working day after it is Wednesday 2026-03-11
        ProcedureViolation tooSoon = driver.refused(decision, "Task_SubmitForReview", "edu1",
                driver.form("Task_SubmitForReview", "plannedMeetingDate", "2026-03-11"));
        assertThat(tooSoon.errors()).extracting("field").containsExactly("plannedMeetingDate");
        assertThat(tooSoon.getMessage()).contains("不少于 7 个工作日");

        driver.complete(decision, "Task_SubmitForReview", "edu1",
                driver.form("Task_SubmitForReview", "plannedMeetingDate", "2026-03-12"));
        assertThat(driver.tasks(decision, "Task_ReviewLegality")).hasSize(1);
    }

    @Test
    void reviewerTimeCountsFromTheBeijingDateEvenBeforeDawnUtc() {
        Decision decision = driver.atRevision();
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        // Monday 2026-03-02 07:00 in Beijing is still Sunday 2026-03-01 in UTC
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 2, 7, 0, 0, 0, ShanghaiTime.ZONE).toInstant()));
        driver.refused(decision, "Task_SubmitForReview", "edu1",
                driver.form("Task_SubmitForReview", "plannedMeetingDate", "2026-03-11"));
        driver.complete(decision, "Task_SubmitForReview", "edu1",
                driver.form("Task_SubmitForReview", "plannedMeetingDate", "2026-03-12"));
    }

    @Test
    void reviewIsNotReachedBeforeTheRequiredProceduresAreDone() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1");
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        assertThatThrownBy(() -> driver.startBefore(decision, "CallActivity_LegalityReview"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("尚未完成");
        assertThat(driver.tasks(decision, "Task_SubmitForReview")).isEmpty();
    }

    @Test
    void reviewDeadlineWarnsBeforeAndEscalatesAfterWithoutStoppingTheReview() {
        Decision decision = driver.atReview();
        List<Job> timers = driver.jobs(decision);
        // 12 and 15 working days after Monday 2026-03-02 end on 2026-03-18 and 2026-03-23
        assertThat(timers).extracting(Job::getDuedate).containsExactlyInAnyOrder(
                endOf(LocalDate.of(2026, 3, 18)), endOf(LocalDate.of(2026, 3, 23)));
        assertThat(driver.task(decision, "Task_ReviewLegality").getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 3, 23)));

        driver.passTime(decision, Duration.ofDays(17));
        assertThat(notices(decision)).containsExactly("DUE_SOON");
        driver.passTime(decision, Duration.ofDays(5));
        assertThat(notices(decision)).containsExactly("DUE_SOON", "OVERDUE");

        assertThat(driver.tasks(decision, "Task_ReviewLegality")).hasSize(1);
        driver.complete(decision, "Task_ReviewLegality", "reviewer1");
        assertThat(driver.jobs(decision)).isEmpty();
    }

    @Test
    void unlawfulDraftGoesBackToRevisionAndNeverReachesTheMeeting() {
        Decision decision = driver.atReview();
        driver.complete(decision, "Task_ReviewLegality", "reviewer1", driver.form("Task_ReviewLegality",
                "reviewOutcome", "UNLAWFUL", "opinionLetter", "超越法定权限"));
        assertThat(driver.tasks(decision, "Task_ReviseDraft")).hasSize(1);
        assertThat(driver.tasks(decision, "Task_ReportToPartyCommittee")).isEmpty();
        assertThat(driver.tasks(decision, "Task_ScheduleMeeting")).isEmpty();
    }

    @Test
    void lawfulAfterChangesNeedsTheListedChangesAppliedFirst() {
        Decision decision = driver.atReview();
        driver.refused(decision, "Task_ReviewLegality", "reviewer1",
                driver.form("Task_ReviewLegality", "reviewOutcome", "LAWFUL_WITH_CHANGES"));
        driver.complete(decision, "Task_ReviewLegality", "reviewer1", driver.form("Task_ReviewLegality",
                "reviewOutcome", "LAWFUL_WITH_CHANGES", "requiredChanges", "第五条删去罚款规定"));
        driver.refused(decision, "Task_ApplyReviewChanges", "edu1",
                driver.form("Task_ApplyReviewChanges", "allChangesApplied", false));
        driver.complete(decision, "Task_ApplyReviewChanges", "edu1");
        assertThat(driver.tasks(decision, "Task_ReportToPartyCommittee")).hasSize(1);
    }

    @Test
    void incompleteMaterialsAreReturnedForResubmission() {
        Decision decision = driver.atReview();
        driver.refused(decision, "Task_ReviewLegality", "reviewer1",
                driver.form("Task_ReviewLegality", "reviewOutcome", "RETURNED"));
        driver.complete(decision, "Task_ReviewLegality", "reviewer1", driver.form("Task_ReviewLegality",
                "reviewOutcome", "RETURNED", "missingMaterials", "缺少风险评估报告"));
        assertThat(driver.tasks(decision, "Task_SubmitForReview")).hasSize(1);
        assertThat(driver.tasks(decision, "Task_ReviseDraft")).isEmpty();
    }

    @Test
    void onlyAnExploratoryReformMayProceedWithItsLegalRiskStated() {
        Decision ordinary = driver.atReview();
        ProcedureViolation notExploratory = driver.refused(ordinary, "Task_ReviewLegality", "reviewer1",
                driver.form("Task_ReviewLegality", "reviewOutcome", "EXPLORATORY", "legalRiskStatement", "风险"));
        assertThat(notExploratory.getMessage()).contains("只有探索性改革事项");
    }

    @Test
    void onlyTheLegalityReviewerReviews() {
        Decision decision = driver.atReview();
        driver.refused(decision, "Task_ReviewLegality", "edu1", driver.form("Task_ReviewLegality"));
        driver.refused(decision, "Task_ReviewLegality", "head1", driver.form("Task_ReviewLegality"));
    }

    private List<String> notices(Decision decision) {
        return dossier.entries(decision.id()).stream().filter(e -> e.kind() == EntryKind.DEADLINE_NOTICE)
                .map(e -> (String) dossier.content(e).get("noticeKind")).toList();
    }

    private static Date endOf(LocalDate day) {
        return Date.from(ZonedDateTime.of(day.plusDays(1).atStartOfDay(), ShanghaiTime.ZONE).toInstant());
    }
}
