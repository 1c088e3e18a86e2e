package cn.juece.catalogue;

import java.time.LocalDate;

/** One matter of an organ's annual catalogue of major decisions (年度重大行政决策事项目录). */
public record CatalogueItem(long id, String organ, String region, int year, String matter, String category,
                            String sponsorUnit, boolean hearingPlanned, LocalDate targetDate, String status) {

    public static final String PUBLISHED = "PUBLISHED";

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
