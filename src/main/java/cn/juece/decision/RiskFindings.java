package cn.juece.decision;

import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;

/** What the dossier says about a decision's risk assessments. */
@Component
class RiskFindings {

    private final Dossier dossier;

    RiskFindings(Dossier dossier) {
        this.dossier = dossier;
    }

    boolean lastAssessedHigh(Long decisionId) {
        return decisionId != null && dossier.latest(decisionId, "Task_AssessRisk")
                .map(entry -> "HIGH".equals(dossier.content(entry).get("riskLevel"))).orElse(false);
    }
}
