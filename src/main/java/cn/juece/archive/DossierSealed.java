package cn.juece.archive;

import java.time.Instant;

/** Published inside the archiving transaction once a decision's dossier is sealed, for the audit trail. */
public record DossierSealed(long decisionId, Instant sealedAt, String manifestSha256) {
}
