package cn.juece.dossier;

/** A file filed in a decision's dossier; published within the transaction that filed it. */
public record DocumentStored(long documentId, long decisionId, String uploadedBy) {
}
