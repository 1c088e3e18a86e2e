package cn.juece.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One decision organ's catalogue for one year. Drafted by the government office, published
 * once the same-level party committee's consent is recorded (Art. 3).
 */
public record AnnualCatalogue(long id, String organ, String region, int year, String status,
                              String createdBy, Instant createdAt,
                              LocalDate consentDate, String consentText, String consentRecordedBy,
                              Instant consentRecordedAt, String publishedBy, Instant publishedAt) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    public boolean hasConsent() {
        return consentDate != null;
    }

    public String title() {
        return organ + " " + year + " 年度重大行政决策事项目录";
    }
}
