package cn.juece.procedure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Completing a task through the engine REST API may carry only the fields that task
 * declares. Otherwise a caller could, with one completion, set variables that name who
 * decides next (meetingHead, riskAssessor, ...) or switch a setting off.
 */
class UndeclaredVariablesFilter implements ContainerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile("^/?task/([^/]+)/(complete|submit-form)$");

    private final TaskService tasks;
    private final TaskRules rules;
    private final ObjectMapper json;

    UndeclaredVariablesFilter(TaskService tasks, TaskRules rules, ObjectMapper json) {
        this.tasks = tasks;
        this.rules = rules;
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Matcher completion = COMPLETION.matcher(request.getUriInfo().getPath());
        if (!"POST".equals(request.getMethod()) || !completion.matches()) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        Task task = tasks.createTaskQuery().taskId(completion.group(1)).singleResult();
        if (task == null || body.length == 0) {
            return;
        }
        Set<String> declared = rules.forTask(task.getTaskDefinitionKey())
                .map(rule -> rule.fields().stream().map(FormField::name).collect(Collectors.toSet()))
                .orElse(Set.of());
        JsonNode variables = json.readTree(body).path("variables");
        List<String> undeclared = new ArrayList<>();
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!declared.contains(name)) {
                undeclared.add(name);
            }
        }
        if (!undeclared.isEmpty()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("type", "ProcedureViolation");
            answer.put("message", "任务「" + task.getName() + "」不接受以下数据：" + String.join("、", undeclared));
            request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(answer).build());
        }
    }
}
