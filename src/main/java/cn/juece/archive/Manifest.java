package cn.juece.archive;

import java.util.List;

/**
 * What a seal covers: every record of the dossier and every file, each under the path it
 * has in the archive ZIP and with the SHA-256 of exactly those bytes.
 */
record Manifest(String format, long decisionId, String reference, String title, String finalStatus,
                String sealedAt, List<Entry> entries, List<Document> documents) {

    static final String FORMAT = "juece-archive-manifest/1";

    /** A dossier record; its hash is over its canonical JSON, the file {@code entries/NNNN-<activity>.json}. */
    record Entry(String file, long id, String recordedAt, String actor, String activityId, String activityName,
                 String kind, String sha256) {
    }

    /** A dossier file as stored, {@code documents/<id>-<file name>}. */
    record Document(String file, long id, String fileName, long size, String sha256, String uploadedBy,
                    String uploadedAt, String activityId) {
    }
}
