package cn.juece.normative;

/** Process variables of the normative-document model, beside the common ones. */
final class NormativeVariables {

    static final String FILING_DAYS = "filingDays";
    static final String EXPIRY_WARNING_DAYS = "expiryWarningDays";
    static final String CLEAN_UP_CYCLE = "cleanUpCycle";
    static final String DOCUMENT_NUMBER = "documentNumber";
    static final String PUBLISHED_ON = "publishedOn";
    static final String EFFECTIVE_FROM = "effectiveFrom";
    static final String VALID_UNTIL = "validUntil";

    private NormativeVariables() {
    }
}
