package cn.juece.notice;

import java.time.Instant;

/** One notice to one person, as stored; public for the templates. */
public record Notice(long id, String recipient, NoticeKind kind, String taskId, String taskName, Long decisionId,
                     String decisionReference, String decisionTitle, Instant dueAt, String text, Instant createdAt,
                     Instant readAt, Instant emailSentAt, String emailError) {

    public boolean read() {
        return readAt != null;
    }

    public String kindLabel() {
        return kind.label();
    }
}
