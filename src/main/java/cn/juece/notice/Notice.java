package cn.juece.notice;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** One notice to one person, as stored; public for the templates. */
public record Notice(long id, String recipient, NoticeKind kind, String taskId, String taskName, Long decisionId,
                     String decisionReference, String decisionTitle, Instant dueAt, String text, Instant createdAt,
                     Instant readAt, Instant emailSentAt, String emailError) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * A deadline as people say it, in Beijing time: one computed in working days ends at the
     * midnight after its last day, read as that day's 24:00 rather than the next day's 00:00.
     */
    public static String deadline(Instant due) {
        ZonedDateTime local = due.atZone(ZoneId.of("Asia/Shanghai"));
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return local.minusDays(1).toLocalDate() + " 24:00";
        }
        return TIME.format(local);
    }

    public String created() {
        return TIME.format(createdAt.atZone(ZoneId.of("Asia/Shanghai")));
    }

    public String due() {
        return dueAt == null ? "" : deadline(dueAt);
    }

    public boolean read() {
        return readAt != null;
    }

    public String kindLabel() {
        return kind.label();
    }
}
