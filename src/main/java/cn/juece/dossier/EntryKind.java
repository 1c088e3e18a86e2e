package cn.juece.dossier;

/** What a dossier entry records. */
public enum EntryKind {
    /** A user task completed, with the fields submitted. */
    TASK_COMPLETED,
    /** A decision proposed or a procedure started. */
    PROCEDURE_EVENT,
    /** A deadline warning or an escalation. */
    DEADLINE_NOTICE,
    /** A supervisor or the office urged (催办) an open task, with the reason. */
    URGED,
    /** A task handed (转办) by its holder to another person of the same unit, with the reason. */
    TRANSFERRED,
    /** The dossier closed at the end of the procedure. */
    ARCHIVED
}
