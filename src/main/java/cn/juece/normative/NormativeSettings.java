package cn.juece.normative;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits local rules on normative documents set ({@code juece.normative.*}): the filing
 * deadline, the longest validity, when expiry is assessed, how often documents are cleaned up
 * (清理), and the issuing organ's number prefix.
 */
@ConfigurationProperties("juece.normative")
record NormativeSettings(
        int filingDays,
        int maxValidityYears,
        int expiryWarningDays,
        String cleanUpCycle,
        String issuingOrgan,
        String numberPrefix,
        String region) {

    NormativeSettings {
        if (filingDays < 1 || maxValidityYears < 1 || expiryWarningDays < 1) {
            throw new IllegalArgumentException("juece.normative: filing-days, max-validity-years and "
                    + "expiry-warning-days must be positive");
        }
    }

    /** Frozen with the document when it is proposed, as the procedure settings are. */
    Map<String, Object> asProcessVariables() {
        return Map.of(
                NormativeVariables.FILING_DAYS, filingDays,
                NormativeVariables.EXPIRY_WARNING_DAYS, expiryWarningDays,
                NormativeVariables.CLEAN_UP_CYCLE, cleanUpCycle);
    }
}
