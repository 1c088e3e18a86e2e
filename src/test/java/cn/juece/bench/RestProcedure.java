package cn.juece.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.procedure.ValidForms;

/**
 * Carries the demo decision (proposed by the demo data, waiting for the head's initiation) from
 * start to archive through the running jar's engine REST API, each step as the user the procedure
 * names, with HTTP basic: Juece's rules apply there as on the pages. The draft needs no consultation
 * stage (not public, no flags), so no timer has to fall due: the jar runs on the real clock.
 */
final class RestProcedure {

    private final String base;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private int completed;

    RestProcedure(String base, String password) {
        this.base = base;
        this.password = password;
    }

    /** Returns what it did, for the report. */
    String carry() throws Exception {
        JsonNode instances = get("admin", "/engine-rest/process-instance?processDefinitionKey=MajorDecisionProcess");
        if (instances.size() != 1) {
            throw new IllegalStateException("expected the demo decision alone in procedure, found " + instances);
        }
        String reference = instances.get(0).get("businessKey").asText();
        complete(reference, "Task_DecideInitiation", "head1", form("Task_DecideInitiation"));
        Map<String, Object> quietDraft = form("Task_DraftDecision");
        quietDraft.putAll(Map.of("notPublic", true, "notPublicReason", "涉及国家秘密（保守国家秘密法第九条）",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        complete(reference, "Task_DraftDecision", "edu1", quietDraft);
        complete(reference, "Task_ConfirmProcedures", "edu1", form("Task_ConfirmProcedures"));
        complete(reference, "Task_ReviseDraft", "edu1", form("Task_ReviseDraft"));
        complete(reference, "Task_SubmitForReview", "edu1", form("Task_SubmitForReview"));
        complete(reference, "Task_ReviewLegality", "reviewer1", form("Task_ReviewLegality"));
        complete(reference, "Task_ReportToPartyCommittee", "office1", form("Task_ReportToPartyCommittee"));
        complete(reference, "Task_ScheduleMeeting", "office1", form("Task_ScheduleMeeting"));
        for (String member : List.of("member1", "member2", "member3")) {
            complete(reference, "Task_MemberOpinion", member, form("Task_MemberOpinion"));
        }
        complete(reference, "Task_HeadDecision", "head1", form("Task_HeadDecision"));
        complete(reference, "Task_AssignExecution", "office1", form("Task_AssignExecution"));
        complete(reference, "Task_ExecuteDecision", "edu1", form("Task_ExecuteDecision"));
        complete(reference, "Task_DecidePostEvaluation", "head1", form("Task_DecidePostEvaluation"));
        JsonNode left = get("admin", "/engine-rest/process-instance?businessKey=" + encode(reference));
        if (left.size() != 0) {
            throw new IllegalStateException(reference + " still in procedure after the last step: " + left);
        }
        return "decision " + reference + ", " + completed + " tasks completed through /engine-rest";
    }

    private Map<String, Object> form(String taskKey) {
        return ValidForms.forTask(taskKey, today);
    }

    private void complete(String reference, String taskKey, String user, Map<String, Object> fields) throws Exception {
        JsonNode open = get("admin", "/engine-rest/task?processInstanceBusinessKey=" + encode(reference)
                + "&taskDefinitionKey=" + taskKey);
        String taskId = null;
        for (JsonNode task : open) {
            if (task.get("assignee").isNull() || user.equals(task.get("assignee").asText())) {
                taskId = task.get("id").asText();
                break;
            }
        }
        if (taskId == null) {
            throw new IllegalStateException("no open " + taskKey + " for " + user + " in " + open);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        HttpResponse<String> answer = http.send(request(user, "/engine-rest/task/" + taskId + "/complete")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("variables", variables))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException(taskKey + " by " + user + ": " + answer.statusCode() + " " + answer.body());
        }
        completed++;
    }

    private JsonNode get(String user, String path) throws Exception {
        HttpResponse<String> answer = http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
        }
        return json.readTree(answer.body());
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
