package cn.juece.notice;

/** Why someone is told: a deadline near or passed, a supervisor's urge, a task handed to them. */
public enum NoticeKind {
    DUE_SOON("即将到期"), OVERDUE("已超期"), URGED("催办"), TRANSFERRED("转办");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Deadline notices are sent once per task and person; urges and transfers each time they happen. */
    boolean once() {
        return this == DUE_SOON || this == OVERDUE;
    }
}
