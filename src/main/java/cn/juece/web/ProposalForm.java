package cn.juece.web;

import cn.juece.decision.Proposal;

/**
 * The posted proposal form; public, as its template reads it back. The checkbox is a
 * {@code Boolean} because an unticked box is simply absent from the post.
 */
public record ProposalForm(Long catalogueItemId, String title, String problem, String reasons, String legalBasis,
                           String preliminaryPlan, Boolean exploratoryReform) {

    public boolean isExploratory() {
        return Boolean.TRUE.equals(exploratoryReform);
    }

    Proposal toProposal() {
        return new Proposal(catalogueItemId, title, problem, reasons, legalBasis, preliminaryPlan, isExploratory());
    }
}
