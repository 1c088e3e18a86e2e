package cn.juece.decision;

/** Where a decision stands; the final ones are set when its dossier is archived. */
public enum DecisionStatus {
    PROPOSED,
    IN_PROCEDURE,
    NOT_INITIATED,
    REJECTED,
    COMPLETED,
    STOPPED,
    ADJUSTED,
    /** A normative document whose validity period ended. */
    LAPSED,
    /** A normative document repealed at a clean-up (清理). */
    REPEALED;

    public String label() {
        return switch (this) {
            case PROPOSED -> "已提出建议";
            case IN_PROCEDURE -> "办理中";
            case NOT_INITIATED -> "不予启动";
            case REJECTED -> "未通过";
            case COMPLETED -> "已执行完毕";
            case STOPPED -> "已停止执行";
            case ADJUSTED -> "已调整（另立新决策）";
            case LAPSED -> "有效期届满，已失效";
            case REPEALED -> "已废止";
        };
    }
}
