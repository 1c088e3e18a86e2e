package cn.juece.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.juece.calendar.WorkingDayCalendar;
import cn.juece.catalogue.CatalogueChanged.Change;
import cn.juece.procedure.ShanghaiTime;

/**
 * The government office drafts an organ's annual catalogue, records the party committee's
 * consent and publishes it (Art. 3). Once published, items change only through adjustments.
 */
@Service
@Transactional
public class CatalogueDrafting {

    static final int MAX_CONSENT_TEXT = 2000;

    private final CatalogueRecords records;
    private final ItemRules rules;
    private final CatalogueRoles roles;
    private final CsvItems csv;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;

    CatalogueDrafting(CatalogueRecords records, ItemRules rules, CatalogueRoles roles, CsvItems csv,
                      WorkingDayCalendar calendar, ApplicationEventPublisher events) {
        this.records = records;
        this.rules = rules;
        this.roles = roles;
        this.csv = csv;
        this.calendar = calendar;
        this.events = events;
    }

    public long createDraft(String organ, String region, int year, String actor) {
        roles.requireOffice(actor);
        String name = organ == null ? "" : organ.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new CatalogueRefused("organ", "请填写决策机关名称（不超过 100 字）");
        }
        if (!calendar.hasRegion(region) || calendar.coveredYears(region).isEmpty()) {
            throw new CatalogueRefused("region", "请选择适用的工作日历地区");
        }
        if (year < 2000 || year > 2100) {
            throw new CatalogueRefused("year", "请填写有效的目录年度");
        }
        if (records.catalogue(name, year).isPresent()) {
            throw new CatalogueRefused("year", name + " 的 " + year + " 年度目录已存在，不能重复编制");
        }
        long id = records.insertCatalogue(name, region, year, AnnualCatalogue.DRAFT, actor, now());
        changed(id, Change.DRAFT_CREATED, actor, null);
        return id;
    }

    public long addItem(long catalogueId, ItemFields fields, String actor) {
        AnnualCatalogue catalogue = draft(catalogueId, actor);
        rules.require(fields, catalogue.year());
        long itemId = records.insertItem(catalogue, fields, CatalogueItem.DRAFT);
        changed(catalogueId, Change.ITEM_ADDED, actor, itemId);
        return itemId;
    }

    public void changeItem(long catalogueId, long itemId, ItemFields fields, String actor) {
        AnnualCatalogue catalogue = draft(catalogueId, actor);
        itemOf(catalogue, itemId);
        rules.require(fields, catalogue.year());
        records.updateItem(itemId, fields);
        changed(catalogueId, Change.ITEM_CHANGED, actor, itemId);
    }

    public void deleteItem(long catalogueId, long itemId, String actor) {
        AnnualCatalogue catalogue = draft(catalogueId, actor);
        itemOf(catalogue, itemId);
        records.deleteItem(itemId);
        changed(catalogueId, Change.ITEM_DELETED, actor, itemId);
    }

    /** Imports every row of a CSV file, or none of them when any row is bad ({@link ImportRefused}). */
    public int importItems(long catalogueId, byte[] content, String actor) {
        AnnualCatalogue catalogue = draft(catalogueId, actor);
        List<String> existing = records.items(catalogueId).stream().map(CatalogueItem::matter).toList();
        List<ItemFields> rows = csv.read(content, catalogue.year(), existing);
        rows.forEach(row -> records.insertItem(catalogue, row, CatalogueItem.DRAFT));
        changed(catalogueId, Change.ITEMS_IMPORTED, actor, null);
        return rows.size();
    }

    /** The same-level party committee's consent (党委同意), without which the catalogue is not published. */
    public void recordConsent(long catalogueId, LocalDate consentDate, String text, String actor) {
        draft(catalogueId, actor);
        String consent = text == null ? "" : text.strip();
        if (consentDate == null) {
            throw new CatalogueRefused("consentDate", "请填写党委同意的日期");
        }
        if (consentDate.isAfter(ShanghaiTime.today())) {
            throw new CatalogueRefused("consentDate", "党委同意的日期不能晚于今天");
        }
        if (consent.isEmpty() || consent.length() > MAX_CONSENT_TEXT) {
            throw new CatalogueRefused("consentText",
                    "请填写党委同意的文件或会议纪要内容（不超过 " + MAX_CONSENT_TEXT + " 字）");
        }
        records.consent(catalogueId, consentDate, consent, actor, now());
        changed(catalogueId, Change.CONSENT_RECORDED, actor, null);
    }

    public void publish(long catalogueId, String actor) {
        AnnualCatalogue catalogue = draft(catalogueId, actor);
        if (!catalogue.hasConsent()) {
            throw new CatalogueRefused("未记录同级党委同意意见的目录不能公布，请先记录党委同意情况");
        }
        if (records.items(catalogueId).isEmpty()) {
            throw new CatalogueRefused("目录中还没有事项，不能公布");
        }
        records.published(catalogueId, actor, now());
        changed(catalogueId, Change.PUBLISHED, actor, null);
    }

    private AnnualCatalogue draft(long catalogueId, String actor) {
        roles.requireOffice(actor);
        AnnualCatalogue catalogue = records.catalogue(catalogueId)
                .orElseThrow(() -> new CatalogueRefused("目录不存在"));
        if (!catalogue.isDraft()) {
            throw new CatalogueRefused("目录已公布，事项只能通过目录调整（由承办单位提出、政府办公室审批）增加、移出或变更");
        }
        return catalogue;
    }

    private CatalogueItem itemOf(AnnualCatalogue catalogue, long itemId) {
        return records.item(itemId).filter(item -> item.catalogueId() == catalogue.id())
                .orElseThrow(() -> new CatalogueRefused("该事项不在本目录中"));
    }

    private void changed(long catalogueId, Change change, String actor, Long itemId) {
        events.publishEvent(new CatalogueChanged(catalogueId, change, actor, itemId, null, now()));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
