package cn.juece.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ProcedureViolation.FieldError;

/** The files of a dossier: PDF and Office documents with their SHA-256, never changed once stored. */
@Component
public class Documents {

    public static final String FIELD = "documents";

    private final JdbcTemplate jdbc;
    private final ClosedDossiers closed;
    private final ApplicationEventPublisher events;
    private final long maxBytes;

    Documents(JdbcTemplate jdbc, ClosedDossiers closed, ApplicationEventPublisher events,
              @Value("${juece.documents.max-bytes:20971520}") long maxBytes) {
        this.jdbc = jdbc;
        this.closed = closed;
        this.events = events;
        this.maxBytes = maxBytes;
    }

    /** Refuses, before anything is stored, a file of the wrong type or size. */
    public void check(List<Upload> uploads) {
        List<FieldError> errors = uploads.stream().flatMap(upload -> problem(upload).stream())
                .map(message -> new FieldError(FIELD, message)).toList();
        if (!errors.isEmpty()) {
            throw new ProcedureViolation(errors);
        }
    }

    /** Stores the files of one completed task; call within the completion's transaction. */
    public void store(long decisionId, String taskId, String activityId, String user, List<Upload> uploads) {
        check(uploads);
        closed.refuseIfClosed(decisionId);
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        for (Upload upload : uploads) {
            DocumentType type = DocumentType.of(upload.fileName(), upload.content()).orElseThrow();
            long id = Inserts.returningId(jdbc, """
                    insert into dossier_document (decision_id, task_id, activity_id, file_name, content_type,
                        size_bytes, sha256, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    decisionId, taskId, activityId, upload.fileName(), type.contentType(), upload.content().length,
                    sha256(upload.content()), upload.content(), user, now);
            events.publishEvent(new DocumentStored(id, decisionId, user));
        }
    }

    public List<Document> ofDecision(long decisionId) {
        return jdbc.query("""
                select id, decision_id, task_id, activity_id, file_name, content_type, size_bytes, sha256,
                    uploaded_by, uploaded_at from dossier_document where decision_id = ? order by id""",
                (rs, row) -> new Document(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("task_id"),
                        rs.getString("activity_id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at")), decisionId);
    }

    public Optional<Document> find(long id) {
        return jdbc.query("""
                select id, decision_id, task_id, activity_id, file_name, content_type, size_bytes, sha256,
                    uploaded_by, uploaded_at from dossier_document where id = ?""",
                (rs, row) -> new Document(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("task_id"),
                        rs.getString("activity_id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at")), id).stream().findFirst();
    }

    public byte[] content(long id) {
        return jdbc.queryForObject("select content from dossier_document where id = ?", byte[].class, id);
    }

    /** Copies a file's content as stored to {@code out} without holding it in memory. */
    public void copyContent(long id, OutputStream out) {
        jdbc.query("select content from dossier_document where id = ?", rs -> {
            try (InputStream in = rs.getBinaryStream("content")) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, id);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private Optional<String> problem(Upload upload) {
        if (upload.content().length == 0) {
            return Optional.of("文件「" + upload.fileName() + "」是空文件");
        }
        if (upload.content().length > maxBytes) {
            return Optional.of("文件「" + upload.fileName() + "」超过 " + maxBytes / (1024 * 1024) + " MB 的上限");
        }
        if (DocumentType.of(upload.fileName(), upload.content()).isEmpty()) {
            return Optional.of("文件「" + upload.fileName() + "」不是可接受的 PDF 或 Office 文档");
        }
        return Optional.empty();
    }

    /** A file as received. */
    public record Upload(String fileName, byte[] content) {
    }

    /** A stored file's particulars (its content is read separately). */
    public record Document(long id, long decisionId, String taskId, String activityId, String fileName,
                           String contentType, long sizeBytes, String sha256, String uploadedBy,
                           Date uploadedAt) {
    }
}
