package cn.juece.decision;

import java.time.Instant;

/** A major administrative decision as registered by Juece; its dossier hangs off the id. */
public record Decision(long id, String reference, long catalogueItemId, String title, String category,
                       String region, String proposer, String problem, String reasons, String legalBasis,
                       String preliminaryPlan, boolean exploratoryReform, Long previousDecisionId,
                       String processInstanceId, DecisionStatus status, Instant proposedAt, Instant archivedAt,
                       boolean partyCommitteeReportRequired) {
}
