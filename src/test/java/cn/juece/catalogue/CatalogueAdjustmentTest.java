package cn.juece.catalogue;

import static cn.juece.catalogue.CatalogueFixture.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.juece.catalogue.Adjustment.Kind;
import cn.juece.catalogue.Adjustment.Status;
import cn.juece.catalogue.CatalogueAdjustments.Request;
import cn.juece.catalogue.CatalogueChanged.Change;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.supervision.Dashboard;
import cn.juece.supervision.SupervisionFilter;

/** Mid-year adjustments: proposed by the item's sponsoring unit, decided by the office, every one kept. */
@RecordApplicationEvents
class CatalogueAdjustmentTest extends ProcedureTestBase {

    @Autowired
    CatalogueFixture fixture;
    @Autowired
    CatalogueAdjustments adjustments;
    @Autowired
    Catalogue catalogue;
    @Autowired
    DecisionWorkflow decisions;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Dashboard dashboard;

    long catalogueId;
    long eduItem;

    @BeforeEach
    void publishedCatalogue() {
        catalogueId = fixture.draft();
        eduItem = fixture.item(catalogueId, "城区学区划分调整", "unit-edu");
        fixture.item(catalogueId, "城市供水价格改革", "unit-water");
        fixture.publish(catalogueId);
    }

    @Test
    void anApprovedAdditionMakesTheNewItemStartable() {
        long id = adjustments.propose(catalogueId, new Request(Kind.ADD, null,
                CatalogueFixture.fields("课后服务收费政策", "unit-edu"), "省里新出台课后服务指导意见"), "edu1");
        assertThat(matters()).doesNotContain("课后服务收费政策");

        adjustments.approve(id, "同意列入目录", OFFICE);

        Adjustment approved = adjustment(id);
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(OFFICE);
        assertThat(approved.decisionReason()).isEqualTo("同意列入目录");
        assertThat(approved.proposedBy()).isEqualTo("edu1");
        assertThat(approved.reason()).isEqualTo("省里新出台课后服务指导意见");
        CatalogueItem added = catalogue.item(approved.itemId()).orElseThrow();
        assertThat(added.matter()).isEqualTo("课后服务收费政策");
        assertThat(added.isPublished()).isTrue();
        assertThat(decisions.propose(CatalogueFixture.proposal(added.id()), "edu1").catalogueItemId())
                .isEqualTo(added.id());
        assertThat(events.stream(CatalogueChanged.class).filter(e -> e.catalogueId() == catalogueId))
                .extracting(CatalogueChanged::change)
                .endsWith(Change.ADJUSTMENT_PROPOSED, Change.ADJUSTMENT_APPROVED);
    }

    @Test
    void anApprovedRemovalStopsNewDecisionsButEarlierOnesKeepTheirItem() {
        Decision earlier = decisions.propose(CatalogueFixture.proposal(eduItem), "edu1");
        driver.complete(earlier, "Task_DecideInitiation", "head1",
                driver.form("Task_DecideInitiation", "initiationApproved", false, "sponsorUnit", null));

        long id = adjustments.propose(catalogueId, new Request(Kind.REMOVE, eduItem, null, "上级已统一部署，不再单独决策"),
                "edu1");
        adjustments.approve(id, "同意移出", OFFICE);

        assertThat(catalogue.item(eduItem).orElseThrow().isRemoved()).isTrue();
        assertThat(adjustment(id).before().matter()).isEqualTo("城区学区划分调整");
        assertThatThrownBy(() -> decisions.propose(CatalogueFixture.proposal(eduItem), "edu1"))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("已经目录调整移出目录");
        assertThat(catalogue.startableItems()).extracting(CatalogueItem::id).doesNotContain(eduItem);
        assertThat(decisions.find(earlier.id()).orElseThrow().catalogueItemId()).isEqualTo(eduItem);
    }

    @Test
    void aDecisionOnAnItemRemovedLaterStillCountsAsCatalogued() {
        Decision earlier = decisions.propose(CatalogueFixture.proposal(eduItem), "edu1");
        driver.complete(earlier, "Task_DecideInitiation", "head1",
                driver.form("Task_DecideInitiation", "initiationApproved", false, "sponsorUnit", null));
        adjustments.approve(adjustments.propose(catalogueId, new Request(Kind.REMOVE, eduItem, null, "不再决策"),
                "edu1"), "同意移出", OFFICE);

        String organ = catalogue.catalogue(catalogueId).orElseThrow().organ();
        var coverage = dashboard.figures(new SupervisionFilter(organ, null, null)).rates().stream()
                .filter(rate -> rate.key().equals("coverage")).findFirst().orElseThrow();
        assertThat(coverage.denominator()).containsExactly(earlier.id());
        assertThat(coverage.numerator()).containsExactly(earlier.id());
    }

    @Test
    void anItemWithARunningDecisionCannotBeRemoved() {
        long pendingRemoval = adjustments.propose(catalogueId,
                new Request(Kind.REMOVE, eduItem, null, "拟不再决策"), "edu1");
        decisions.propose(CatalogueFixture.proposal(eduItem), "edu1");

        assertThatThrownBy(() -> adjustments.approve(pendingRemoval, "同意", OFFICE))
                .isInstanceOf(CatalogueRefused.class).hasMessageContaining("正在办理，不能移出目录");
        assertThat(adjustment(pendingRemoval).isPending()).isTrue();
        adjustments.reject(pendingRemoval, "决策正在办理", OFFICE);

        assertThatThrownBy(() -> adjustments.propose(catalogueId, new Request(Kind.REMOVE, eduItem, null, "再试"),
                "edu1")).isInstanceOf(CatalogueRefused.class).hasMessageContaining("1 项决策正在办理，不能移出目录");
        assertThat(catalogue.item(eduItem).orElseThrow().isPublished()).isTrue();
        assertThat(adjustments.ofCatalogue(catalogueId)).hasSize(1);
    }

    @Test
    void aSponsoringUnitAdjustsOnlyItsOwnItems() {
        assertThatThrownBy(() -> adjustments.propose(catalogueId, new Request(Kind.CHANGE, eduItem,
                CatalogueFixture.fields("改名", "unit-water"), "理由"), "water1"))
                .hasMessageContaining("由市教育局承办，只能由承办单位提出调整");
        assertThatThrownBy(() -> adjustments.propose(catalogueId, new Request(Kind.ADD, null,
                CatalogueFixture.fields("替教育局加的事项", "unit-edu"), "理由"), "water1"))
                .hasMessageContaining("只能为本单位");
        assertThatThrownBy(() -> adjustments.propose(catalogueId, new Request(Kind.ADD, null,
                CatalogueFixture.fields("办公室加的事项", "unit-office"), "理由"), OFFICE))
                .hasMessageContaining("只有决策承办单位");
        assertThatThrownBy(() -> adjustments.propose(catalogueId, new Request(Kind.REMOVE, eduItem, null, " "),
                "edu1")).hasMessageContaining("请说明调整理由");
        assertThat(adjustments.ofCatalogue(catalogueId)).isEmpty();
    }

    @Test
    void onlyTheGovernmentOfficeDecidesAndOnlyOnce() {
        long id = adjustments.propose(catalogueId, new Request(Kind.CHANGE, eduItem,
                CatalogueFixture.fields("城区学区划分调整（含新城区）", "unit-edu"), "新城区入住"), "edu1");
        assertThatThrownBy(() -> adjustments.approve(id, "同意", "edu1")).hasMessageContaining("只有政府办公室");
        assertThatThrownBy(() -> adjustments.propose(catalogueId, new Request(Kind.REMOVE, eduItem, null, "移出"),
                "edu1")).hasMessageContaining("已有待审批的调整");

        adjustments.approve(id, "同意变更", OFFICE);
        assertThatThrownBy(() -> adjustments.reject(id, "不同意", OFFICE)).hasMessageContaining("已经审批");

        Adjustment change = adjustment(id);
        assertThat(change.before().matter()).isEqualTo("城区学区划分调整");
        assertThat(change.after().matter()).isEqualTo("城区学区划分调整（含新城区）");
        assertThat(catalogue.item(eduItem).orElseThrow().matter()).isEqualTo("城区学区划分调整（含新城区）");
    }

    @Test
    void aRejectedAdjustmentChangesNothingAndIsKeptWithItsReason() {
        long id = adjustments.propose(catalogueId, new Request(Kind.CHANGE, eduItem,
                CatalogueFixture.fields("改得面目全非", "unit-edu"), "想改"), "edu1");
        assertThatThrownBy(() -> adjustments.reject(id, " ", OFFICE)).hasMessageContaining("理由");

        adjustments.reject(id, "变更后已不属于原事项，应作为新增事项提出", OFFICE);

        assertThat(catalogue.item(eduItem).orElseThrow().matter()).isEqualTo("城区学区划分调整");
        Adjustment rejected = adjustment(id);
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("变更后已不属于原事项，应作为新增事项提出");
        assertThat(adjustments.ofUnits(java.util.List.of("unit-edu"))).extracting(Adjustment::id).contains(id);
    }

    @Test
    void aDraftCatalogueIsNotAdjusted() {
        long draft = fixture.draft();
        assertThatThrownBy(() -> adjustments.propose(draft, new Request(Kind.ADD, null,
                CatalogueFixture.fields("事项", "unit-edu"), "理由"), "edu1")).hasMessageContaining("尚未公布");
    }

    private Adjustment adjustment(long id) {
        return adjustments.ofCatalogue(catalogueId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private java.util.List<String> matters() {
        return catalogue.items(catalogueId).stream().map(CatalogueItem::matter).toList();
    }
}
