package cn.juece.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open consultations and the public's comments on them (Art. 14-15). A comment is accepted
 * only while its decision's consultation is open; once acknowledged it is stored.
 */
@Component
public class PublicComments {

    public static final int MAX_COMMENT_LENGTH = 5_000;

    static final String NOT_OPEN = "该决策草案当前不在征求意见期内，无法提交意见";

    private final JdbcTemplate jdbc;
    private final CommentWriter writer;

    PublicComments(JdbcTemplate jdbc, CommentWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    /**
     * Checks the comment and stores it with the others arriving at the same time (group commit,
     * see {@link CommentWriter}); returns its number once it is committed.
     *
     * @throws CommentRefused if it is empty or too long, the consultation is not open, or it could not be stored
     */
    public long submit(long decisionId, String authorName, String contact, String content) {
        if (content == null || content.isBlank()) {
            throw new CommentRefused("请填写意见内容");
        }
        if (content.length() > MAX_COMMENT_LENGTH) {
            throw new CommentRefused("意见内容不能超过 " + MAX_COMMENT_LENGTH + " 字");
        }
        return writer.submit(new NewComment(decisionId, blankToNull(authorName, 100), blankToNull(contact, 200),
                content.strip()));
    }

    /** Whether this number is a comment received on this decision: the portal's receipt shows only real ones. */
    public boolean isReceived(long decisionId, long number) {
        Integer found = jdbc.queryForObject("select count(*) from public_comment where id = ? and decision_id = ?",
                Integer.class, number, decisionId);
        return found != null && found > 0;
    }

    public List<PublicComment> forDecision(long decisionId) {
        return jdbc.query("select * from public_comment where decision_id = ? order by id",
                (rs, row) -> new PublicComment(rs.getLong("id"), rs.getLong("decision_id"),
                        rs.getString("author_name"), rs.getString("contact"), rs.getString("content"),
                        rs.getTimestamp("received_at").toInstant()), decisionId);
    }

    /** The closing time of the decision's open consultation, if one is open now. */
    public Optional<Instant> openConsultation(long decisionId) {
        return openConsultation(jdbc, decisionId, now());
    }

    static Optional<Instant> openConsultation(JdbcTemplate jdbc, long decisionId, Timestamp now) {
        return jdbc.query("""
                select closes_at from consultation
                where decision_id = ? and closed_at is null and opened_at <= ? and closes_at > ?""",
                (rs, row) -> rs.getTimestamp(1).toInstant(), decisionId, now, now).stream().findFirst();
    }

    void open(long decisionId, Instant closesAt) {
        jdbc.update("insert into consultation (decision_id, opened_at, closes_at) values (?, ?, ?)",
                decisionId, now(), Timestamp.from(closesAt));
    }

    void close(long decisionId) {
        jdbc.update("update consultation set closed_at = ? where decision_id = ? and closed_at is null",
                now(), decisionId);
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    private static String blankToNull(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new CommentRefused("姓名或联系方式过长");
        }
        return value;
    }
}
