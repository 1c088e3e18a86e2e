package cn.juece.participation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the comments {@link CommentWriter} took together, in one transaction: each decision's
 * consultation checked once, the rows inserted as one JDBC batch, and their audit links appended
 * (audit.DossierAudit, on the event) with one read and one update of the chain's head.
 */
@Component
class CommentBatch {

    /**
     * Seconds a batch may spend in the database before it fails, its wait for the audit chain's
     * head (held by another node, or by any other change being recorded) included: its requests
     * wait for it, so it must end.
     */
    static final int TIMEOUT_SECONDS = 30;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CommentBatch(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * @return for each comment, in order, its number, or empty if its decision's consultation is
     *         not open (that comment is not stored; the others are)
     */
    @Transactional(timeout = TIMEOUT_SECONDS)
    public List<Optional<Long>> store(List<NewComment> comments) {
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        Map<Long, Boolean> open = new HashMap<>();
        List<NewComment> accepted = comments.stream().filter(comment -> open.computeIfAbsent(comment.decisionId(),
                decisionId -> PublicComments.openConsultation(jdbc, decisionId, now).isPresent())).toList();
        List<Long> ids = insert(accepted, now);
        if (!ids.isEmpty()) {
            events.publishEvent(new PublicCommentsReceived(ids));
        }
        Iterator<Long> next = ids.iterator();
        return comments.stream().map(comment -> open.get(comment.decisionId()) ? Optional.of(next.next())
                : Optional.<Long>empty()).toList();
    }

    private List<Long> insert(List<NewComment> comments, Timestamp now) {
        if (comments.isEmpty()) {
            return List.of();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement("""
                insert into public_comment (decision_id, author_name, contact, content, received_at)
                values (?, ?, ?, ?, ?)""", new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement insert, int i) throws SQLException {
                NewComment comment = comments.get(i);
                insert.setLong(1, comment.decisionId());
                insert.setString(2, comment.authorName());
                insert.setString(3, comment.contact());
                insert.setString(4, comment.content());
                insert.setTimestamp(5, now);
            }

            @Override
            public int getBatchSize() {
                return comments.size();
            }
        }, keys);
        List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
        if (ids.size() != comments.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " numbers for "
                    + comments.size() + " comments");
        }
        return ids;
    }
}
