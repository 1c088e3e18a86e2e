package cn.juece.audit;

/** What an audit entry records. Add a kind here when a new capability appends its changes. */
public enum AuditKind {
    TASK_COMPLETED("办结任务"),
    DOSSIER_ENTRY("案卷记录"),
    DOCUMENT_ADDED("归档文件"),
    PUBLIC_COMMENT("公众意见"),
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    PERMISSION_CHANGED("权限变更"),
    CATALOGUE_CHANGED("目录变更"),
    ARCHIVE_SEALED("案卷封存");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
