package cn.juece.catalogue;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.juece.decision.Proposal;

/**
 * Catalogues for tests, made through the office's own steps. Each has an organ of its own, so
 * tests sharing the database never meet one another's catalogue of the same year.
 */
@Component
public class CatalogueFixture {

    public static final String OFFICE = "office1";
    public static final int YEAR = 2026;
    /** Before the procedure tests' clock start (2026-03-02), so never "in the future". */
    public static final LocalDate CONSENT_DATE = LocalDate.of(2026, 1, 15);

    private final CatalogueDrafting drafting;

    CatalogueFixture(CatalogueDrafting drafting) {
        this.drafting = drafting;
    }

    public static String uniqueOrgan() {
        return "测试县人民政府-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ItemFields fields(String matter, String unit) {
        return new ItemFields(matter, "PUBLIC_POLICY", unit, "公众参与、合法性审查、集体讨论决定", false,
                LocalDate.of(YEAR, 12, 31));
    }

    public long draft() {
        return drafting.createDraft(uniqueOrgan(), "national", YEAR, OFFICE);
    }

    public long item(long catalogueId, String matter, String unit) {
        return drafting.addItem(catalogueId, fields(matter, unit), OFFICE);
    }

    public void publish(long catalogueId) {
        drafting.recordConsent(catalogueId, CONSENT_DATE, "县委常委会同意", OFFICE);
        drafting.publish(catalogueId, OFFICE);
    }

    public static Proposal proposal(long itemId) {
        return new Proposal(itemId, "测试决策", "问题", "理由", "依据", "方案", false);
    }
}
