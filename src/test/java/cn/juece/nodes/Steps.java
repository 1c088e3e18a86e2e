package cn.juece.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.procedure.ShanghaiTime;
import cn.juece.procedure.ValidForms;

/**
 * The procedure's steps as a client outside the nodes takes them: proposals through the pages,
 * task completions through the engine REST API by the task's holder, task ids read from the database.
 */
final class Steps {

    /** A draft that is not public and raises no flag: initiation to legality review with one task at a time. */
    static final List<String> QUIET_PATH = List.of("Task_DecideInitiation", "Task_DraftDecision",
            "Task_ConfirmProcedures", "Task_ReviseDraft", "Task_SubmitForReview", "Task_ReviewLegality");

    /** A public draft without hearing, experts or risk assessment: on to the consultation. */
    static final List<String> CONSULTATION_PATH = List.of("Task_DecideInitiation", "Task_DraftDecision",
            "Task_ConfirmProcedures", "Task_PrepareConsultation");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Steps() {
    }

    /** Proposes a decision on the unit's 2026 demo catalogue item, as edu1 on the page; its id. */
    static long propose(WebClient sponsor, NodeProcess node, long catalogueItemId, String title) {
        sponsor.get(node, "/decisions/new");
        WebClient.Response response = sponsor.postForm(node, "/decisions/new", Map.of(
                "catalogueItemId", String.valueOf(catalogueItemId), "title", title, "problem", "学位不均衡",
                "reasons", "就近入学", "legalBasis", "义务教育法", "preliminaryPlan", "初步方案"));
        String location = response.location().filter(l -> l.contains("/decisions/"))
                .orElseThrow(() -> new IllegalStateException("proposal refused: " + response.status()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static String holder(String taskKey) {
        return switch (taskKey) {
            case "Task_DecideInitiation" -> "head1";
            case "Task_ReviewLegality" -> "reviewer1";
            default -> "edu1";
        };
    }

    static Map<String, Object> form(String taskKey, boolean publicDraft) {
        LocalDate today = ShanghaiTime.today();
        Map<String, Object> form = new LinkedHashMap<>(ValidForms.forTask(taskKey, today));
        if (taskKey.equals("Task_DraftDecision")) {
            form.putAll(Map.of("affectsVitalInterests", false, "technical", false, "riskToStability", false));
            if (!publicDraft) {
                form.putAll(Map.of("notPublic", true, "notPublicReason", "涉及国家秘密（保守国家秘密法第九条）"));
            }
        }
        if (taskKey.equals("Task_PrepareConsultation")) {
            // near the field's 4,000 characters (12 KB): the portal page passes Tomcat's 8 KB response
            // buffer before the comment form, and the form's CSRF cookie must still reach the visitor
            form.put("consultationDraft", "第一条 本方案适用于本市义务教育阶段学校的学区划分调整。".repeat(140));
        }
        return form;
    }

    /** Completes the task as its holder through the engine REST API: 204 when done. */
    static WebClient.Response complete(NodeProcess node, String taskKey, String taskId, boolean publicDraft) {
        Map<String, Object> variables = new LinkedHashMap<>();
        form(taskKey, publicDraft).forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return WebClient.engineRest(node, holder(taskKey), "POST", "/task/" + taskId + "/complete",
                Map.of("variables", variables));
    }

    record OpenTask(String id, String key) {
    }

    /** The decision's open user tasks, across its main process and stage processes. */
    static List<OpenTask> openTasks(Connection db, long decisionId) throws SQLException {
        List<OpenTask> tasks = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select t.id_, t.task_def_key_ from act_ru_task t
                join act_ru_execution pi on pi.id_ = t.proc_inst_id_
                where pi.business_key_ = (select reference from decision where id = ?) order by t.create_time_""")) {
            query.setLong(1, decisionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tasks.add(new OpenTask(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return tasks;
    }

    static Optional<OpenTask> openTask(Connection db, long decisionId) throws SQLException {
        List<OpenTask> tasks = openTasks(db, decisionId);
        if (tasks.size() > 1) {
            throw new IllegalStateException("decision " + decisionId + " has several open tasks: " + tasks);
        }
        return tasks.stream().findFirst();
    }

    /** The decision's open tasks through the engine REST API (as the administrator), for when the test may not open the database. */
    static List<OpenTask> openTasksOverRest(NodeProcess node, String reference) {
        WebClient.Response response = WebClient.engineRest(node, "admin", "GET",
                "/task?processInstanceBusinessKey=" + reference, null);
        if (response.status() != 200) {
            throw new IllegalStateException("task query " + response.status() + ": " + response.body());
        }
        try {
            List<OpenTask> tasks = new ArrayList<>();
            for (JsonNode task : JSON.readTree(response.body())) {
                tasks.add(new OpenTask(task.get("id").asText(), task.get("taskDefinitionKey").asText()));
            }
            return tasks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /**
     * The 2026 demo catalogue's item of this unit, once the demo data is in: the node answers
     * /login before its start-up runners have seeded it, and the demo decision is seeded last.
     */
    static long demoCatalogueItem(NodeDatabase database, String unit) throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try (Connection db = database.connect()) {
                if (count(db, "select count(*) from decision") > 0) {
                    return count(db, "select min(id) from catalogue_item where sponsor_unit = ? and catalogue_year = 2026",
                            unit);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no demo data after 2 minutes");
            }
            NodeProcess.pause(Duration.ofMillis(300));
        }
    }
}
