package cn.juece.dossier;

/** A step entered in a decision's dossier; published within the transaction that entered it. */
public record DossierEntryRecorded(long entryId, long decisionId, EntryKind kind, String actor) {
}
