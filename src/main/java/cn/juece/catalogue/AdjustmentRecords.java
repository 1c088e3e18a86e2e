package cn.juece.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The catalogue_adjustment table; the item before and after are kept as JSON. */
@Repository
class AdjustmentRecords {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RowMapper<Adjustment> adjustment;

    AdjustmentRecords(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.adjustment = (rs, row) -> new Adjustment(rs.getLong("id"), rs.getLong("catalogue_id"),
                (Long) rs.getObject("item_id", Long.class), Adjustment.Kind.valueOf(rs.getString("kind")),
                rs.getString("sponsor_unit"), rs.getString("reason"), read(rs.getString("before_content")),
                read(rs.getString("after_content")), Adjustment.Status.valueOf(rs.getString("status")),
                rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(), rs.getString("decided_by"),
                rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                rs.getString("decision_reason"));
    }

    Optional<Adjustment> find(long id) {
        return jdbc.query("select * from catalogue_adjustment where id = ?", adjustment, id).stream().findFirst();
    }

    List<Adjustment> ofCatalogue(long catalogueId) {
        return jdbc.query("select * from catalogue_adjustment where catalogue_id = ? order by proposed_at desc, id desc",
                adjustment, catalogueId);
    }

    List<Adjustment> ofUnits(List<String> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", units.stream().map(u -> "?").toList());
        return jdbc.query("select * from catalogue_adjustment where sponsor_unit in (" + marks
                + ") order by proposed_at desc, id desc", adjustment, units.toArray());
    }

    boolean pendingOnItem(long itemId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from catalogue_adjustment where item_id = ? and status = 'PENDING'", Integer.class,
                itemId);
        return count != null && count > 0;
    }

    long insert(long catalogueId, Long itemId, Adjustment.Kind kind, String unit, String reason, ItemFields before,
                ItemFields after, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into catalogue_adjustment (catalogue_id, item_id, kind, sponsor_unit, reason,
                        before_content, after_content, status, proposed_by, proposed_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""", new String[] {"id"});
            insert.setLong(1, catalogueId);
            insert.setObject(2, itemId);
            insert.setString(3, kind.name());
            insert.setString(4, unit);
            insert.setString(5, reason);
            insert.setString(6, write(before));
            insert.setString(7, write(after));
            insert.setString(8, actor);
            insert.setTimestamp(9, Timestamp.from(now));
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    void decided(long id, Adjustment.Status status, Long itemId, String actor, String reason, Instant now) {
        jdbc.update("""
                update catalogue_adjustment set status = ?, item_id = ?, decided_by = ?, decision_reason = ?,
                    decided_at = ? where id = ?""", status.name(), itemId, actor, reason, Timestamp.from(now), id);
    }

    private String write(ItemFields fields) {
        try {
            return fields == null ? null : json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ItemFields read(String content) {
        try {
            return content == null ? null : json.readValue(content, ItemFields.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
