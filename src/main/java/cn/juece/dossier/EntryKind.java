package cn.juece.dossier;

/** What a dossier entry records. */
public enum EntryKind {
    /** A user task completed, with the fields submitted. */
    TASK_COMPLETED,
    /** A decision proposed or a procedure started. */
    PROCEDURE_EVENT,
    /** A deadline warning or an escalation. */
    DEADLINE_NOTICE,
    /** The dossier closed at the end of the procedure. */
    ARCHIVED
}
