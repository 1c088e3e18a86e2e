package cn.juece.catalogue;

import java.time.LocalDate;

/** What the office or a sponsoring unit writes about an item: the catalogue's columns. */
public record ItemFields(String matter, String category, String sponsorUnit, String requiredProcedures,
                         boolean hearingPlanned, LocalDate targetDate) {

    public ItemFields {
        matter = matter == null ? "" : matter.strip();
        category = category == null ? "" : category.strip();
        sponsorUnit = sponsorUnit == null ? "" : sponsorUnit.strip();
        requiredProcedures = requiredProcedures == null ? "" : requiredProcedures.strip();
    }
}
