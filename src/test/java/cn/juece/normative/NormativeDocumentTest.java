package cn.juece.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionStatus;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.DossierAccess;
import cn.juece.decision.Proposal;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ShanghaiTime;

class NormativeDocumentTest extends ProcedureTestBase {

    @Autowired
    NormativeDocuments documents;
    @Autowired
    DecisionWorkflow decisions;
    @Autowired
    NormativeNumbers numbers;
    @Autowired
    Dossier dossier;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierAccess access;

    @Test
    void normativeDocumentRunsFromDraftingThroughReviewMeetingNumberAndPublicationToFiling() {
        Decision document = atFiling();
        driver.complete(document, "Task_FileWithHigherAuthority", "office1");

        assertThat(activeActivities(document)).containsExactly("IntermediateTimer_ExpiryWarning");
        assertThat(activities(document)).containsSubsequence("Task_DraftNormativeDocument", "Task_SubmitForReview",
                "Task_ReviewLegality", "Task_ReportToPartyCommittee", "Task_HeadDecision", "Task_RegisterNumber",
                "ServiceTask_AssignNumber", "Task_PublishNormativeDocument", "Task_FileWithHigherAuthority");
        String number = (String) runtime.getVariable(processOf(document), "documentNumber");
        assertThat(number).matches("某府规〔2026〕\\d+号").isEqualTo(numbers.find(document.id()).orElseThrow());
        assertThat(driver.decision(document).category()).isEqualTo(DecisionWorkflow.NORMATIVE_DOCUMENT);
        assertThat(access.sponsorUnit(document)).as("the unit that drafts it reads its dossier").contains("unit-edu");
    }

    @Test
    void draftFoundUnlawfulGoesBackToDraftingAndNeverReachesTheMeeting() {
        Decision document = proposed();
        driver.complete(document, "Task_DraftNormativeDocument", "edu1");
        driver.complete(document, "Task_SubmitForReview", "edu1");
        driver.complete(document, "Task_ReviewLegality", "reviewer1", driver.form("Task_ReviewLegality",
                "reviewOutcome", "UNLAWFUL", "opinionLetter", "违反上位法，不得设定行政许可"));

        assertThat(driver.tasks(document, "Task_DraftNormativeDocument")).hasSize(1);
        assertThat(driver.tasks(document, "Task_ReportToPartyCommittee")).isEmpty();
        assertThat(driver.tasks(document, "Task_ScheduleMeeting")).isEmpty();
        assertThatThrownBy(() -> driver.startBefore(document, "CallActivity_CollectiveDiscussion"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("不得提交集体讨论");
        assertThatThrownBy(() -> driver.startBefore(document, "Task_RegisterNumber"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("集体讨论");

        driver.complete(document, "Task_DraftNormativeDocument", "edu1");
        assertThat(driver.tasks(document, "Task_SubmitForReview")).hasSize(1);
    }

    @Test
    void filingDeadlineEscalatesOnceThirtyDaysAfterPublicationHavePassedAndTheFilingGoesOn() {
        Decision document = atFiling();
        driver.passTime(document, Duration.ofDays(30));
        assertThat(notices(document)).isEmpty();

        driver.passTime(document, Duration.ofDays(1));
        assertThat(notices(document)).extracting(DossierEntry::activityId)
                .containsExactly("ServiceTask_EscalateLateFiling");
        assertThat(driver.tasks(document, "Task_FileWithHigherAuthority")).hasSize(1);

        ProcedureViolation late = driver.refused(document, "Task_FileWithHigherAuthority", "office1",
                driver.validForm("Task_FileWithHigherAuthority"));
        assertThat(late.errors()).extracting("field").containsExactly("lateFilingReason");
        driver.complete(document, "Task_FileWithHigherAuthority", "office1", driver.form("Task_FileWithHigherAuthority",
                "lateFilingReason", "备案机关系统升级，延期受理"));
        assertThat(activeActivities(document)).contains("IntermediateTimer_ExpiryWarning");
    }

    @Test
    void filingOnTheThirtiethDayNeedsNoReason() {
        Decision document = atFiling();
        driver.passTime(document, Duration.ofDays(30));
        driver.complete(document, "Task_FileWithHigherAuthority", "office1");
        assertThat(notices(document)).isEmpty();
    }

    @Test
    void unifiedNumbersAreSequentialPerOrganAndYearAndGivenOnlyOnce() {
        Decision first = atFiling();
        Decision second = atFiling();
        int firstNo = sequenceOf(numbers.find(first.id()).orElseThrow());
        assertThat(numbers.find(second.id())).contains("某府规〔2026〕" + (firstNo + 1) + "号");

        assertThatThrownBy(() -> numbers.assign(first.id(), driver.today()))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("不得重复编号");
        driver.startBefore(second, "Task_RegisterNumber");
        ProcedureViolation again = driver.refused(second, "Task_RegisterNumber", "office1",
                driver.validForm("Task_RegisterNumber"));
        assertThat(again.getMessage()).contains("不得重复登记编号");
        assertThat(numbers.find(second.id())).contains("某府规〔2026〕" + (firstNo + 1) + "号");
    }

    @Test
    void validityEndsAfterTheEffectiveDateAndWithinFiveYears() {
        Decision document = atPublication();
        String effective = driver.today().plusDays(30).toString();
        ProcedureViolation tooLong = driver.refused(document, "Task_PublishNormativeDocument", "office1",
                driver.form("Task_PublishNormativeDocument", "effectiveFrom", effective,
                        "validUntil", driver.today().plusDays(30).plusYears(5).toString()));
        assertThat(tooLong.errors()).extracting("field").containsExactly("validUntil");
        assertThat(tooLong.getMessage()).contains("不得超过 5 年");
        ProcedureViolation beforeEffect = driver.refused(document, "Task_PublishNormativeDocument", "office1",
                driver.form("Task_PublishNormativeDocument", "effectiveFrom", effective, "validUntil", effective));
        assertThat(beforeEffect.errors()).extracting("field").containsExactly("validUntil");
        driver.complete(document, "Task_PublishNormativeDocument", "office1");
    }

    @Test
    void cleanUpComesEveryTwoYearsAndExpiryIsAssessedBeforeTheDocumentLapsesAndIsArchived() {
        // published and filed 2026-03-02, in force 2026-04-01 to 2031-03-31
        Decision document = filed();
        moveTo(document, LocalDateTime.of(2028, 3, 1, 23, 0));
        assertThat(driver.tasks(document, "Task_CleanUpReview")).isEmpty();
        moveTo(document, LocalDateTime.of(2028, 3, 3, 9, 0));
        driver.complete(document, "Task_CleanUpReview", "office1");
        moveTo(document, LocalDateTime.of(2030, 3, 4, 9, 0));
        driver.complete(document, "Task_CleanUpReview", "office1");

        // assessed 90 days before the last valid day 2031-03-31
        moveTo(document, LocalDateTime.of(2030, 12, 30, 23, 0));
        assertThat(driver.tasks(document, "Task_DecideOnExpiry")).isEmpty();
        moveTo(document, LocalDateTime.of(2030, 12, 31, 9, 0));
        driver.complete(document, "Task_DecideOnExpiry", "office1");
        moveTo(document, LocalDateTime.of(2031, 3, 31, 23, 0));
        assertThat(driver.instances(document)).isNotEmpty();

        moveTo(document, LocalDateTime.of(2031, 4, 1, 0, 1));
        assertThat(driver.instances(document)).isEmpty();
        assertThat(driver.decision(document).status()).isEqualTo(DecisionStatus.LAPSED);
        assertThat(dossier.entries(document.id())).extracting(DossierEntry::kind).contains(EntryKind.ARCHIVED);
    }

    @Test
    void repealAtCleanUpEndsTheProcedureAndArchivesTheDossier() {
        Decision document = filed();
        moveTo(document, LocalDateTime.of(2028, 3, 3, 9, 0));
        driver.complete(document, "Task_CleanUpReview", "office1", driver.form("Task_CleanUpReview",
                "cleanUpOutcome", "REPEAL", "cleanUpOpinion", "上位法已废止，本文件一并废止"));

        assertThat(driver.instances(document)).isEmpty();
        assertThat(driver.decision(document).status()).isEqualTo(DecisionStatus.REPEALED);
        assertThat(driver.decision(document).archivedAt()).isNotNull();
        assertThat(activities(document)).contains("ServiceTask_ArchiveRepealed").doesNotContain("Task_DecideOnExpiry");
    }

    @Test
    void reissueAtExpiryStartsASuccessorDocumentDraftedAgainBySameUnit() {
        Decision document = filed();
        moveTo(document, LocalDateTime.of(2031, 1, 1, 9, 0));
        driver.complete(document, "Task_DecideOnExpiry", "office1", driver.form("Task_DecideOnExpiry",
                "expiryDecision", "REISSUE"));

        Decision successor = decisions.all().stream().filter(d -> Long.valueOf(document.id()).equals(d.previousDecisionId()))
                .findFirst().orElseThrow();
        assertThat(successor.category()).isEqualTo(DecisionWorkflow.NORMATIVE_DOCUMENT);
        assertThat(driver.tasks(successor, "Task_DraftNormativeDocument")).hasSize(1);
        assertThat(driver.instances(document)).as("the old document stays in force until it lapses").isNotEmpty();
    }

    @Test
    void onlyANormativeDocumentIsRegisteredOutsideTheCatalogue() {
        Decision document = proposed();
        assertThat(document.catalogueItemId()).isZero();

        assertThatThrownBy(() -> decisions.propose(new Proposal(987_654_321L, "目录外的重大决策", "问题", "理由", "依据",
                "方案", false), "edu1"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("决策事项目录");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(DecisionWorkflow.NORMATIVE_PROCESS_KEY,
                Map.of("decisionId", document.id())))
                .isInstanceOf(ProcedureViolation.class);
    }

    @Test
    void onlyTheNormativeCategoryMayLeaveTheCatalogueItemEmptyInTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into decision (reference, catalogue_item_id, title, category, region, proposer, problem, reasons,
                    legal_basis, preliminary_plan, exploratory_reform, status, proposed_at)
                values ('X-OUTSIDE-CATALOGUE', null, '目录外的决策', 'PUBLIC_POLICY', 'national', 'edu1', 'p', 'r', 'l', 'm',
                    false, 'PROPOSED', current_timestamp)"""))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theMajorDecisionModelCannotCarryANormativeDocument() {
        Decision document = proposed();
        // as if registered but not yet started: only its category stands in the way
        jdbc.update("update decision set status = 'PROPOSED' where id = ?", document.id());
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(DecisionWorkflow.PROCESS_KEY,
                    Map.of("decisionId", document.id())))
                    .isInstanceOf(ProcedureViolation.class).hasMessageContaining("只能通过提出决策建议启动");
        } finally {
            jdbc.update("update decision set status = 'IN_PROCEDURE' where id = ?", document.id());
        }
    }

    private Decision proposed() {
        return documents.propose(new NormativeProposal("关于规范校外培训机构收费的若干规定", "收费乱象需要规范",
                "《中华人民共和国价格法》", "收费公示、退费规则"), "edu1");
    }

    private Decision atPublication() {
        Decision document = proposed();
        driver.complete(document, "Task_DraftNormativeDocument", "edu1");
        driver.complete(document, "Task_SubmitForReview", "edu1");
        driver.complete(document, "Task_ReviewLegality", "reviewer1");
        driver.complete(document, "Task_ReportToPartyCommittee", "office1");
        driver.complete(document, "Task_ScheduleMeeting", "office1");
        for (String member : List.of("member1", "member2", "member3")) {
            driver.complete(document, "Task_MemberOpinion", member);
        }
        driver.complete(document, "Task_HeadDecision", "head1");
        driver.complete(document, "Task_RegisterNumber", "office1");
        driver.task(document, "Task_PublishNormativeDocument");
        return document;
    }

    private Decision atFiling() {
        Decision document = atPublication();
        driver.complete(document, "Task_PublishNormativeDocument", "office1");
        driver.task(document, "Task_FileWithHigherAuthority");
        return document;
    }

    private Decision filed() {
        Decision document = atFiling();
        driver.complete(document, "Task_FileWithHigherAuthority", "office1");
        return document;
    }

    private String processOf(Decision document) {
        return driver.decision(document).processInstanceId();
    }

    private List<String> activeActivities(Decision document) {
        return runtime.getActiveActivityIds(processOf(document));
    }

    /** What the dossier recorded, in order. */
    private List<String> activities(Decision document) {
        return dossier.entries(document.id()).stream().map(DossierEntry::activityId).toList();
    }

    /** Moves the engine clock to this Beijing time and runs the timers then due. */
    private void moveTo(Decision document, LocalDateTime beijing) {
        Duration ahead = Duration.between(ClockUtil.getCurrentTime().toInstant(), beijing.atZone(ShanghaiTime.ZONE).toInstant());
        driver.passTime(document, ahead);
    }

    private List<DossierEntry> notices(Decision document) {
        return dossier.entries(document.id()).stream().filter(e -> e.kind() == EntryKind.DEADLINE_NOTICE).toList();
    }

    private static int sequenceOf(String number) {
        return Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1));
    }
}
