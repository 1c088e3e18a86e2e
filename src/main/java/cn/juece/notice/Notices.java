package cn.juece.notice;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Notices to people: stored in the transaction of the step that causes them (a timer, an
 * urge, a transfer), so a rolled-back step leaves none; mailed after it commits.
 */
@Service
public class Notices {

    private static final RowMapper<Notice> NOTICE = (rs, row) -> new Notice(rs.getLong("id"),
            rs.getString("recipient"), NoticeKind.valueOf(rs.getString("kind")), rs.getString("task_id"),
            rs.getString("task_name"), (Long) rs.getObject("decision_id", Long.class),
            rs.getString("decision_reference"), rs.getString("decision_title"), instant(rs.getTimestamp("due_at")),
            rs.getString("text"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("read_at")),
            instant(rs.getTimestamp("email_sent_at")), rs.getString("email_error"));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    Notices(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What a notice is about: a task of a decision, with its deadline if it has one. */
    public record About(String taskId, String taskName, Long decisionId, String decisionReference,
                        String decisionTitle, Date due) {
    }

    /**
     * Stores one notice per recipient; a deadline notice a person already has for the task is
     * not stored again. Returns the ids stored.
     */
    public List<Long> send(NoticeKind kind, Collection<String> recipients, About about, String text) {
        List<Long> ids = new ArrayList<>();
        for (String recipient : new LinkedHashSet<>(recipients)) {
            String onceKey = kind.once() ? about.taskId() + ":" + kind + ":" + recipient : null;
            if (onceKey != null && exists(onceKey)) {
                continue;
            }
            ids.add(insert(kind, recipient, about, text, onceKey));
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new NoticesCreated(ids));
        }
        return ids;
    }

    public List<Notice> of(String recipient) {
        return jdbc.query("select * from notice where recipient = ? order by id desc limit 200", NOTICE, recipient);
    }

    public Optional<Notice> find(long id) {
        return jdbc.query("select * from notice where id = ?", NOTICE, id).stream().findFirst();
    }

    public int unread(String recipient) {
        Integer count = jdbc.queryForObject("select count(*) from notice where recipient = ? and read_at is null",
                Integer.class, recipient);
        return count == null ? 0 : count;
    }

    /** Marks the recipient's own notice read; someone else's is left alone. */
    public boolean markRead(long id, String recipient) {
        return jdbc.update("update notice set read_at = ? where id = ? and recipient = ? and read_at is null",
                now(), id, recipient) == 1;
    }

    public int markAllRead(String recipient) {
        return jdbc.update("update notice set read_at = ? where recipient = ? and read_at is null", now(), recipient);
    }

    void mailed(long id) {
        jdbc.update("update notice set email_sent_at = ?, email_error = null where id = ?", now(), id);
    }

    void mailFailed(long id, String error) {
        String text = error == null ? "发送失败" : error;
        jdbc.update("update notice set email_error = ? where id = ?", text.substring(0, Math.min(1000, text.length())), id);
    }

    private boolean exists(String onceKey) {
        Integer count = jdbc.queryForObject("select count(*) from notice where once_key = ?", Integer.class, onceKey);
        return count != null && count > 0;
    }

    private long insert(NoticeKind kind, String recipient, About about, String text, String onceKey) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into notice (recipient, kind, task_id, task_name, decision_id, decision_reference,
                        decision_title, due_at, text, once_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            insert.setString(1, recipient);
            insert.setString(2, kind.name());
            insert.setString(3, about.taskId());
            insert.setString(4, about.taskName());
            insert.setObject(5, about.decisionId());
            insert.setString(6, about.decisionReference());
            insert.setString(7, about.decisionTitle());
            insert.setTimestamp(8, about.due() == null ? null : new Timestamp(about.due().getTime()));
            insert.setString(9, text);
            insert.setString(10, onceKey);
            insert.setTimestamp(11, now());
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
