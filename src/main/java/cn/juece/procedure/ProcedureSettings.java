package cn.juece.procedure;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The time limits and switches local rules may set differently (application.yml,
 * {@code juece.procedure.*}). Defaults follow Decree No. 713 and the Beihai / Yunnan rules.
 */
@ConfigurationProperties("juece.procedure")
public record ProcedureSettings(
        int minConsultationDays,
        int hearingNoticeDays,
        int minExperts,
        int reviewMinimumWorkdays,
        int reviewWorkdays,
        int reviewWarningWorkdays,
        boolean partyCommitteeReportRequired,
        double quorumShare,
        int publicationWorkdays,
        String progressReportCycle) {

    public ProcedureSettings {
        if (reviewWarningWorkdays >= reviewWorkdays) {
            throw new IllegalArgumentException("juece.procedure.review-warning-workdays must be below review-workdays");
        }
        if (quorumShare <= 0 || quorumShare >= 1) {
            throw new IllegalArgumentException("juece.procedure.quorum-share must be between 0 and 1");
        }
    }

    /** The settings a decision keeps for its whole procedure, frozen when it is proposed. */
    public Map<String, Object> asProcessVariables() {
        return Map.of(
                "reviewMinimumWorkdays", reviewMinimumWorkdays,
                "reviewWorkdays", reviewWorkdays,
                "reviewWarningWorkdays", reviewWarningWorkdays,
                "partyCommitteeReportRequired", partyCommitteeReportRequired,
                "publicationWorkdays", publicationWorkdays,
                "progressReportCycle", progressReportCycle);
    }
}
