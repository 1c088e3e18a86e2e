package cn.juece.procedure;

/** How a task form field is read from the engine and validated. */
public enum FieldType {
    TEXT,
    BOOLEAN,
    DATE,
    INTEGER,
    /** One of the field's declared choices. */
    CHOICE,
    /** One user id. */
    USER,
    /** Comma-separated user ids, as multi-instance collections expect them. */
    USER_LIST
}
