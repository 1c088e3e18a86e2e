package cn.juece.catalogue;

import static cn.juece.catalogue.CatalogueFixture.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.juece.catalogue.CatalogueChanged.Change;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

/** A catalogue is drafted by the office, published after the party committee's consent, then fixed. */
@RecordApplicationEvents
class CatalogueLifecycleTest extends ProcedureTestBase {

    @Autowired
    CatalogueFixture fixture;
    @Autowired
    CatalogueDrafting drafting;
    @Autowired
    Catalogue catalogue;
    @Autowired
    DecisionWorkflow decisions;
    @Autowired
    ApplicationEvents events;

    @Test
    void publishingWithoutThePartyCommitteesConsentIsRefused() {
        long id = fixture.draft();
        fixture.item(id, "城区停车收费调整", "unit-transport");

        assertThatThrownBy(() -> drafting.publish(id, OFFICE))
                .isInstanceOf(CatalogueRefused.class).hasMessageContaining("未记录同级党委同意意见");
        assertThat(catalogue.catalogue(id).orElseThrow().isDraft()).isTrue();

        drafting.recordConsent(id, CatalogueFixture.CONSENT_DATE, "县委常委会 2026 年第 2 次会议同意", OFFICE);
        drafting.publish(id, OFFICE);
        AnnualCatalogue published = catalogue.catalogue(id).orElseThrow();
        assertThat(published.isPublished()).isTrue();
        assertThat(published.publishedBy()).isEqualTo(OFFICE);
        assertThat(published.consentRecordedBy()).isEqualTo(OFFICE);
        assertThat(catalogue.items(id)).allMatch(CatalogueItem::isPublished);
    }

    @Test
    void consentNeedsItsDateNotLaterThanTodayAndItsText() {
        long id = fixture.draft();
        assertThatThrownBy(() -> drafting.recordConsent(id, null, "同意", OFFICE)).hasMessageContaining("日期");
        assertThatThrownBy(() -> drafting.recordConsent(id, LocalDate.of(2026, 3, 3), "同意", OFFICE))
                .hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> drafting.recordConsent(id, CatalogueFixture.CONSENT_DATE, " ", OFFICE))
                .hasMessageContaining("会议纪要");
        assertThat(catalogue.catalogue(id).orElseThrow().hasConsent()).isFalse();
    }

    @Test
    void anEmptyCatalogueIsNotPublished() {
        long id = fixture.draft();
        drafting.recordConsent(id, CatalogueFixture.CONSENT_DATE, "同意", OFFICE);
        assertThatThrownBy(() -> drafting.publish(id, OFFICE)).hasMessageContaining("还没有事项");
    }

    @Test
    void aDecisionCannotStartFromAnItemOfADraftCatalogue() {
        long id = fixture.draft();
        long item = fixture.item(id, "城区停车收费调整", "unit-edu");

        assertThatThrownBy(() -> decisions.propose(CatalogueFixture.proposal(item), "edu1"))
                .isInstanceOf(ProcedureViolation.class)
                .hasMessageContaining("已公布的年度决策事项目录").hasMessageContaining("尚未公布");
        assertThat(catalogue.startableItems()).extracting(CatalogueItem::id).doesNotContain(item);

        fixture.publish(id);
        assertThat(catalogue.startableItems()).extracting(CatalogueItem::id).contains(item);
        assertThat(decisions.propose(CatalogueFixture.proposal(item), "edu1").catalogueItemId()).isEqualTo(item);
    }

    @Test
    void aPublishedCatalogueChangesOnlyThroughAdjustments() {
        long id = fixture.draft();
        long item = fixture.item(id, "城区停车收费调整", "unit-edu");
        fixture.publish(id);

        String onlyAdjustments = "只能通过目录调整";
        assertThatThrownBy(() -> drafting.addItem(id, CatalogueFixture.fields("新事项", "unit-edu"), OFFICE))
                .hasMessageContaining(onlyAdjustments);
        assertThatThrownBy(() -> drafting.changeItem(id, item, CatalogueFixture.fields("改名", "unit-edu"), OFFICE))
                .hasMessageContaining(onlyAdjustments);
        assertThatThrownBy(() -> drafting.deleteItem(id, item, OFFICE)).hasMessageContaining(onlyAdjustments);
        assertThatThrownBy(() -> drafting.importItems(id, new byte[0], OFFICE)).hasMessageContaining(onlyAdjustments);
        assertThatThrownBy(() -> drafting.recordConsent(id, CatalogueFixture.CONSENT_DATE, "再次", OFFICE))
                .hasMessageContaining(onlyAdjustments);
        assertThat(catalogue.items(id)).extracting(CatalogueItem::matter).containsExactly("城区停车收费调整");
    }

    @Test
    void eachOrganHasOneCatalogueAYearKeptByTheGovernmentOffice() {
        String organ = CatalogueFixture.uniqueOrgan();
        drafting.createDraft(organ, "national", 2027, OFFICE);
        assertThatThrownBy(() -> drafting.createDraft(organ, "national", 2027, OFFICE))
                .hasMessageContaining("年度目录已存在");
        assertThatThrownBy(() -> drafting.createDraft(organ, "national", 2028, "edu1"))
                .hasMessageContaining("只有政府办公室");
        assertThatThrownBy(() -> drafting.createDraft(organ, "atlantis", 2028, OFFICE))
                .hasMessageContaining("工作日历");
        assertThat(catalogue.catalogues()).filteredOn(c -> c.organ().equals(organ)).hasSize(1);
    }

    @Test
    void anItemIsWrittenInFull() {
        long id = fixture.draft();
        assertThatThrownBy(() -> drafting.addItem(id, new ItemFields("事项", "NOPE", "unit-edu", "程序", false,
                LocalDate.of(2026, 6, 1)), OFFICE)).hasMessageContaining("决策类别「NOPE」无效");
        assertThatThrownBy(() -> drafting.addItem(id, new ItemFields("事项", "PUBLIC_POLICY", "unit-nowhere", "程序",
                false, LocalDate.of(2026, 6, 1)), OFFICE)).hasMessageContaining("不在单位名录中");
        assertThatThrownBy(() -> drafting.addItem(id, new ItemFields("事项", "PUBLIC_POLICY", "unit-edu", "程序",
                false, LocalDate.of(2025, 6, 1)), OFFICE)).hasMessageContaining("不能早于 2026 年");
        assertThat(catalogue.items(id)).isEmpty();
    }

    @Test
    void everyChangeIsPublishedForTheAuditTrail() {
        long id = fixture.draft();
        long item = fixture.item(id, "城区停车收费调整", "unit-edu");
        drafting.changeItem(id, item, CatalogueFixture.fields("城区停车收费标准调整", "unit-edu"), OFFICE);
        fixture.publish(id);

        assertThat(events.stream(CatalogueChanged.class).filter(e -> e.catalogueId() == id))
                .extracting(CatalogueChanged::change)
                .containsExactly(Change.DRAFT_CREATED, Change.ITEM_ADDED, Change.ITEM_CHANGED,
                        Change.CONSENT_RECORDED, Change.PUBLISHED);
        assertThat(events.stream(CatalogueChanged.class).filter(e -> e.catalogueId() == id))
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(OFFICE));
    }
}
