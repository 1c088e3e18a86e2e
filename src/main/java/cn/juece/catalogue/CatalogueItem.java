package cn.juece.catalogue;

import java.time.LocalDate;

/**
 * One matter of an organ's annual catalogue of major decisions (年度重大行政决策事项目录).
 * Its status is DRAFT while its catalogue is, PUBLISHED once in force, REMOVED after an approved removal.
 */
public record CatalogueItem(long id, long catalogueId, String organ, String region, int year, String matter,
                            String category, String sponsorUnit, String requiredProcedures, boolean hearingPlanned,
                            LocalDate targetDate, String status) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String REMOVED = "REMOVED";

    /** An item for {@link Catalogue#add}, which finds or creates its organ's catalogue of that year. */
    public CatalogueItem(long id, String organ, String region, int year, String matter, String category,
                         String sponsorUnit, boolean hearingPlanned, LocalDate targetDate, String status) {
        this(id, 0, organ, region, year, matter, category, sponsorUnit, "", hearingPlanned, targetDate, status);
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    public boolean isRemoved() {
        return REMOVED.equals(status);
    }

    public ItemFields fields() {
        return new ItemFields(matter, category, sponsorUnit, requiredProcedures, hearingPlanned, targetDate);
    }
}
