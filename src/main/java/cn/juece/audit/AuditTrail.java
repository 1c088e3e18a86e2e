package cn.juece.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit trail. Other capabilities append their state changes
 * with {@link #append}, from inside the transaction that makes the change: the link then
 * exists exactly when the change was committed.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one link. Joins the caller's transaction (or opens one) and holds the lock on
     * the chain's head until it ends, so concurrent appends, on any node, queue up behind it.
     *
     * @param payload what the change was; include the SHA-256 of whatever the link vouches for
     * @return the link's sequence number
     */
    @Transactional
    public long append(AuditKind kind, String actor, String subject, Map<String, ?> payload) {
        return appendAll(kind, actor, List.of(new Link(subject, payload))).get(0);
    }

    /**
     * Appends one link for each of several changes of one kind by one actor, in order, with one
     * read of the head and one update of it: a batch of public comments stored together.
     *
     * @return the links' sequence numbers, in the order given
     */
    @Transactional
    public List<Long> appendAll(AuditKind kind, String actor, List<Link> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        String prevHash = ((String) head.get("last_hash")).strip();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String who = clip(actor == null ? "system" : actor, 100);
        List<Object[]> rows = new ArrayList<>(links.size());
        List<Long> seqs = new ArrayList<>(links.size());
        for (Link link : links) {
            seq++;
            String about = clip(link.subject() == null ? "" : link.subject(), 200);
            String body = Canonical.json(link.payload() == null ? Map.of() : link.payload());
            String hash = Canonical.linkHash(prevHash, seq, now.toString(), who, kind.name(), about, body);
            rows.add(new Object[] {seq, now.atOffset(ZoneOffset.UTC), who, kind.name(), about, body, prevHash, hash});
            seqs.add(seq);
            prevHash = hash;
        }
        jdbc.batchUpdate("""
                insert into audit_entry (seq, recorded_at, actor, kind, subject, payload, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", seq, prevHash);
        return seqs;
    }

    /** The last {@code count} links, newest first. */
    public List<AuditEntry> recent(int count) {
        return jdbc.query("select * from audit_entry order by seq desc limit ?", AuditTrail::entry, count);
    }

    /** The links about one subject, oldest first. */
    public List<AuditEntry> about(String subject) {
        return jdbc.query("select * from audit_entry where subject = ? order by seq", AuditTrail::entry, subject);
    }

    Optional<AuditEntry> latest(AuditKind kind, String subject) {
        return jdbc.query("select * from audit_entry where kind = ? and subject = ? order by seq desc limit 1",
                AuditTrail::entry, kind.name(), subject).stream().findFirst();
    }

    List<String> subjects(AuditKind kind) {
        return jdbc.queryForList("select distinct subject from audit_entry where kind = ?", String.class, kind.name());
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("kind"), rs.getString("subject"), rs.getString("payload"),
                rs.getString("prev_hash").strip(), rs.getString("hash").strip());
    }

    /** One change to vouch for: what it is about, and its payload (with the SHA-256 of what it vouches for). */
    public record Link(String subject, Map<String, ?> payload) {
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
