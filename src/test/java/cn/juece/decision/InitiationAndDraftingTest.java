package cn.juece.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.dossier.Dossier;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

class InitiationAndDraftingTest extends ProcedureTestBase {

    @Autowired
    DecisionWorkflow decisions;
    @Autowired
    Catalogue catalogue;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Dossier dossier;

    @Test
    void decisionNotStartedIsArchivedWithoutDrafting() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1",
                driver.form("Task_DecideInitiation", "initiationApproved", false, "sponsorUnit", null));

        assertThat(driver.instances(decision)).isEmpty();
        assertThat(driver.decision(decision).status()).isEqualTo(DecisionStatus.NOT_INITIATED);
        assertThat(dossier.entries(decision.id())).extracting("activityId").doesNotContain("Task_DraftDecision");
    }

    @Test
    void startedDecisionNamesAnExistingSponsoringUnit() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.refused(decision, "Task_DecideInitiation", "head1",
                driver.form("Task_DecideInitiation", "sponsorUnit", null));
        ProcedureViolation unknown = driver.refused(decision, "Task_DecideInitiation", "head1",
                driver.form("Task_DecideInitiation", "sponsorUnit", "unit-nowhere"));
        assertThat(unknown.errors()).extracting("field").containsExactly("sponsorUnit");
    }

    @Test
    void sponsoringUnitDraftsAndNoOtherUnitMay() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        ProcedureViolation otherUnit = driver.refused(decision, "Task_DraftDecision", "water1",
                driver.form("Task_DraftDecision"));
        assertThat(otherUnit.getMessage()).contains("不在任务「拟订决策草案」的办理范围内");
        driver.complete(decision, "Task_DraftDecision", "edu1");
    }

    @Test
    void stronglyDivergentViewsNeedAlternatives() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        ProcedureViolation violation = driver.refused(decision, "Task_DraftDecision", "edu1",
                driver.form("Task_DraftDecision", "viewsDivergeStrongly", true));
        assertThat(violation.getMessage()).contains("两个以上备选方案");
    }

    @Test
    void aTextFieldTakesWhatTheEngineCanStoreAndRefusesMoreInChinese() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        ProcedureViolation violation = driver.refused(decision, "Task_DraftDecision", "edu1",
                driver.form("Task_DraftDecision", "draftText", "草".repeat(4001)));
        assertThat(violation.getMessage()).contains("不能超过 4000 个字符");

        driver.complete(decision, "Task_DraftDecision", "edu1",
                driver.form("Task_DraftDecision", "draftText", "草".repeat(4000)));
    }

    @Test
    void requiredStepSkippedOnlyWithRecordedLegalReason() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1");

        ProcedureViolation noReason = driver.refused(decision, "Task_ConfirmProcedures", "edu1",
                driver.form("Task_ConfirmProcedures", "skipRisk", true));
        assertThat(noReason.errors()).extracting("field").containsExactly("skipRiskReason");

        driver.complete(decision, "Task_ConfirmProcedures", "edu1", driver.form("Task_ConfirmProcedures",
                "skipRisk", true, "skipRiskReason", "已有依法作出的风险评估覆盖本事项（条例第二十二条）"));
        assertThat(driver.tasks(decision, "Task_CommissionRiskAssessment")).isEmpty();
        assertThat(driver.tasks(decision, "Task_PrepareConsultation")).hasSize(1);
        assertThat(driver.tasks(decision, "Task_SelectExperts")).hasSize(1);
        assertThat(dossier.latest(decision.id(), "Task_ConfirmProcedures").map(dossier::content).orElseThrow())
                .containsEntry("skipRiskReason", "已有依法作出的风险评估覆盖本事项（条例第二十二条）");
    }

    @Test
    void draftNotPublicByLawStatesItsLegalBasis() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        ProcedureViolation noBasis = driver.refused(decision, "Task_DraftDecision", "edu1",
                driver.form("Task_DraftDecision", "notPublic", true));
        assertThat(noBasis.errors()).extracting("field").containsExactly("notPublicReason");
    }

    @Test
    void draftNeedingNoConsultationGoesStraightToRevision() {
        Decision decision = driver.atRevision();
        assertThat(driver.tasks(decision, "Task_PrepareConsultation")).isEmpty();
        assertThat(driver.tasks(decision, "Task_ReviseDraft")).hasSize(1);
    }

    @Test
    void decisionOutsidePublishedCatalogueCannotStart() {
        long draftItem = catalogue.add(new CatalogueItem(0, "某市人民政府", "national", 2026, "未公布事项",
                "PUBLIC_POLICY", "unit-edu", false, null, "DRAFT"));
        assertThatThrownBy(() -> decisions.propose(proposal(draftItem), "edu1"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("已公布的年度决策事项目录");
        assertThatThrownBy(() -> decisions.propose(proposal(999_999L), "edu1"))
                .isInstanceOf(ProcedureViolation.class);
    }

    @Test
    void proposalStatesProblemReasonsLegalBasisAndPlan() {
        long item = catalogue.add(new CatalogueItem(0, "某市人民政府", "national", 2026, "事项", "PUBLIC_POLICY",
                "unit-edu", false, null, CatalogueItem.PUBLISHED));
        int before = decisions.all().size();
        Proposal withoutBasis = new Proposal(item, "标题", "问题", "理由", " ", "方案", false);
        assertThatThrownBy(() -> decisions.propose(withoutBasis, "edu1"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("法律和政策依据");
        assertThat(decisions.all()).hasSize(before);
    }

    @Test
    void mainProcedureCannotBeStartedByHandThroughTheEngine() {
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(DecisionWorkflow.PROCESS_KEY,
                Map.of("decisionId", 424242L)))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("只能通过提出决策建议启动");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("CollectiveDiscussionProcess",
                Map.of("decisionId", 1L)))
                .isInstanceOf(ProcedureViolation.class);
    }

    private static Proposal proposal(long itemId) {
        return new Proposal(itemId, "标题", "问题", "理由", "依据", "方案", false);
    }
}
