package cn.juece.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.juece.catalogue.CatalogueItem;
import cn.juece.catalogue.CatalogueRefused;
import cn.juece.catalogue.ItemFields;

/** An item as the catalogue and adjustment pages post it; the date stays text until it is read. */
public record CatalogueItemForm(String matter, String category, String sponsorUnit, String requiredProcedures,
                                Boolean hearingPlanned, String targetDate) {

    static final CatalogueItemForm EMPTY = new CatalogueItemForm("", "", "", "", null, "");

    static CatalogueItemForm of(CatalogueItem item) {
        return new CatalogueItemForm(item.matter(), item.category(), item.sponsorUnit(), item.requiredProcedures(),
                item.hearingPlanned(), item.targetDate() == null ? "" : item.targetDate().toString());
    }

    ItemFields toFields() {
        if (hearingPlanned == null) {
            throw new CatalogueRefused("hearingPlanned", "请选择是否听证");
        }
        LocalDate date;
        try {
            date = targetDate == null || targetDate.isBlank() ? null : LocalDate.parse(targetDate.strip());
        } catch (DateTimeParseException e) {
            throw new CatalogueRefused("targetDate", "计划完成时间应写作 2026-12-31");
        }
        return new ItemFields(matter, category, sponsorUnit, requiredProcedures, hearingPlanned, date);
    }
}
