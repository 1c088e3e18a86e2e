package cn.juece.web;

import cn.juece.decision.Proposal;

/** The posted proposal form; public, as its template reads it back. */
public record ProposalForm(Long catalogueItemId, String title, String problem, String reasons, String legalBasis,
                           String preliminaryPlan, boolean exploratoryReform) {

    Proposal toProposal() {
        return new Proposal(catalogueItemId, title, problem, reasons, legalBasis, preliminaryPlan, exploratoryReform);
    }
}
