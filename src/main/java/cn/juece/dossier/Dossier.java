package cn.juece.dossier;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The decision dossier (案卷): an append-only record of every step, written in the same
 * transaction as the engine command that caused it, so an entry exists exactly when the
 * step happened. Camunda history may be cleaned up; this is not.
 */
@Component
public class Dossier {

    private static final RowMapper<DossierEntry> ENTRY = (rs, row) -> new DossierEntry(
            rs.getLong("id"), rs.getLong("decision_id"), rs.getString("process_instance_id"),
            rs.getString("activity_id"), rs.getString("activity_name"), rs.getString("task_id"),
            rs.getString("actor"), rs.getTimestamp("recorded_at").toInstant(),
            EntryKind.valueOf(rs.getString("kind")), rs.getString("content"));

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ClosedDossiers closed;
    private final ApplicationEventPublisher events;

    Dossier(JdbcTemplate jdbc, ObjectMapper json, ClosedDossiers closed, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.closed = closed;
        this.events = events;
    }

    /**
     * Appends an entry and announces it within the caller's transaction, where the audit trail
     * vouches for it; refused once the archive has sealed the decision's dossier.
     */
    public void record(Step step, EntryKind kind, Map<String, ?> content) {
        closed.refuseIfClosed(step.decisionId());
        long id = Inserts.returningId(jdbc, """
                insert into dossier_entry (decision_id, process_instance_id, activity_id, activity_name,
                    task_id, actor, recorded_at, kind, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                step.decisionId(), step.processInstanceId(), step.activityId(), step.activityName(),
                step.taskId(), step.actor(), new Timestamp(ClockUtil.getCurrentTime().getTime()),
                kind.name(), toJson(content));
        events.publishEvent(new DossierEntryRecorded(id, step.decisionId(), kind, step.actor()));
    }

    public List<DossierEntry> entries(long decisionId) {
        return jdbc.query("select * from dossier_entry where decision_id = ? order by id", ENTRY, decisionId);
    }

    /** Entries of one activity in one process instance, e.g. the opinions of one meeting. */
    public List<DossierEntry> entries(String processInstanceId, String activityId) {
        return jdbc.query("""
                select * from dossier_entry where process_instance_id = ? and activity_id = ?
                order by id""", ENTRY, processInstanceId, activityId);
    }

    /** The most recent entry of an activity in a decision's dossier. */
    public Optional<DossierEntry> latest(long decisionId, String activityId) {
        return jdbc.query("select * from dossier_entry where decision_id = ? and activity_id = ?"
                + " order by id desc limit 1", ENTRY, decisionId, activityId).stream().findFirst();
    }

    /** Every decision's entries of one activity, oldest first: e.g. all publications, for the portal. */
    public List<DossierEntry> entriesOf(String activityId) {
        return jdbc.query("select * from dossier_entry where activity_id = ? order by id", ENTRY, activityId);
    }

    public Map<String, Object> content(DossierEntry entry) {
        try {
            return json.readValue(entry.content(), json.getTypeFactory()
                    .constructMapType(Map.class, String.class, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("案卷记录 " + entry.id() + " 内容无法解析", e);
        }
    }

    private String toJson(Map<String, ?> content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("案卷内容无法序列化", e);
        }
    }

    /** Where in the procedure an entry was made, and by whom. */
    public record Step(long decisionId, String processInstanceId, String activityId,
                       String activityName, String taskId, String actor) {
    }
}
