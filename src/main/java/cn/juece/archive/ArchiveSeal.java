package cn.juece.archive;

import java.time.Instant;

/** The seal of an archived dossier: when, the manifest as sealed, and the manifest's SHA-256 (封存值). */
public record ArchiveSeal(long decisionId, Instant sealedAt, String manifest, String manifestSha256) {
}
