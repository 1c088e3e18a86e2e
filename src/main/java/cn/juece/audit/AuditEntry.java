package cn.juece.audit;

import java.time.Instant;
import java.util.Arrays;

/** One link of the audit chain as stored. */
public record AuditEntry(long seq, Instant recordedAt, String actor, String kind, String subject,
                         String payload, String prevHash, String hash) {

    /** The kind's Chinese name, or the stored code for a kind this version does not know. */
    public String kindLabel() {
        return Arrays.stream(AuditKind.values()).filter(known -> known.name().equals(kind))
                .map(AuditKind::label).findFirst().orElse(kind);
    }
}
