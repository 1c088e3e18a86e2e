package cn.juece.audit;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fingerprints of the dossier rows a link vouches for, read straight from the tables:
 * the same function when the link is appended and when it is verified, so any later
 * change to a row, made however, shows as a differing field. Times are read as the stored
 * wall-clock value, so a server moved to another time zone verifies the same.
 */
@Component
class VouchedRows {

    static final String ENTRY_ID = "dossierEntryId";
    static final String DOCUMENT_ID = "documentId";
    static final String COMMENT_ID = "commentId";
    static final String DECISION_ID = "decisionId";

    private final JdbcTemplate jdbc;

    VouchedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Map<String, Object>> dossierEntry(long id) {
        return jdbc.query("""
                select id, decision_id, process_instance_id, activity_id, activity_name, task_id, actor,
                    recorded_at, kind, content from dossier_entry where id = ?""", (rs, row) -> {
            Map<String, Object> print = new TreeMap<>();
            print.put(ENTRY_ID, rs.getLong("id"));
            print.put(DECISION_ID, rs.getLong("decision_id"));
            print.put("processInstanceId", rs.getString("process_instance_id"));
            print.put("activityId", rs.getString("activity_id"));
            print.put("activityName", rs.getString("activity_name"));
            print.put("taskId", rs.getString("task_id"));
            print.put("actor", rs.getString("actor"));
            print.put("recordedAt", String.valueOf(rs.getObject("recorded_at", LocalDateTime.class)));
            print.put("entryKind", rs.getString("kind"));
            print.put("contentSha256", Canonical.sha256(rs.getString("content")));
            return print;
        }, id).stream().findFirst();
    }

    Optional<Map<String, Object>> document(long id) {
        return jdbc.query("""
                select id, decision_id, task_id, activity_id, file_name, content_type, size_bytes, sha256,
                    content, uploaded_by, uploaded_at from dossier_document where id = ?""", (rs, row) -> {
            Map<String, Object> print = new TreeMap<>();
            print.put(DOCUMENT_ID, rs.getLong("id"));
            print.put(DECISION_ID, rs.getLong("decision_id"));
            print.put("taskId", rs.getString("task_id"));
            print.put("activityId", rs.getString("activity_id"));
            print.put("fileName", rs.getString("file_name"));
            print.put("contentType", rs.getString("content_type"));
            print.put("sizeBytes", rs.getLong("size_bytes"));
            // the file's own hash, recomputed, and the hash the dossier shows: either may be altered
            print.put("sha256", Canonical.sha256(rs.getBytes("content")));
            print.put("storedSha256", rs.getString("sha256").strip());
            print.put("uploadedBy", rs.getString("uploaded_by"));
            print.put("uploadedAt", String.valueOf(rs.getObject("uploaded_at", LocalDateTime.class)));
            return print;
        }, id).stream().findFirst();
    }

    /** A citizen's words and contact are vouched for by hash only, so the chain holds no personal data. */
    Optional<Map<String, Object>> publicComment(long id) {
        return publicComments(List.of(id)).stream().findFirst();
    }

    /** The fingerprints of several comments in one query, in the order of their ids; ids not found are left out. */
    List<Map<String, Object>> publicComments(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.query("select id, decision_id, author_name, contact, content, received_at from public_comment"
                + " where id in (" + marks + ") order by id", (rs, row) -> {
            Map<String, Object> print = new TreeMap<>();
            print.put(COMMENT_ID, rs.getLong("id"));
            print.put(DECISION_ID, rs.getLong("decision_id"));
            print.put("authorSha256", Canonical.sha256(rs.getString("author_name")));
            print.put("contactSha256", Canonical.sha256(rs.getString("contact")));
            print.put("contentSha256", Canonical.sha256(rs.getString("content")));
            print.put("receivedAt", String.valueOf(rs.getObject("received_at", LocalDateTime.class)));
            return print;
        }, ids.toArray());
    }
}
