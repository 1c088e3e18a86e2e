package cn.juece.procedure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;

/**
 * Runs on every user task completion, however it was triggered (Juece's pages, the engine
 * REST API, Camunda Tasklist): checks who completes it, validates the fields against the
 * task's rule, stores them typed, and records the step in the dossier. Any failure throws,
 * so the engine command rolls back and nothing changes.
 */
@Component
public class TaskCompletionListener implements TaskListener {

    private final TaskRules rules;
    private final Dossier dossier;

    public TaskCompletionListener(TaskRules rules, Dossier dossier) {
        this.rules = rules;
        this.dossier = dossier;
    }

    @Override
    public void notify(DelegateTask task) {
        String actor = checkActor(task);
        TaskRule rule = rules.forTask(task.getTaskDefinitionKey())
                .orElseThrow(() -> new ProcedureViolation("任务「" + task.getName() + "」未定义办理规则，不能办结"));
        TaskInput input = FieldReader.read(rule, task, task::getVariable);
        if (input.errors().isEmpty()) {
            rule.applyChecks(input);
        }
        if (!input.errors().isEmpty()) {
            throw new ProcedureViolation(input.errors());
        }
        storeTyped(task, input.values());
        record(task, actor, rule, input.values());
    }

    private String checkActor(DelegateTask task) {
        String user = Context.getCommandContext().getAuthenticatedUserId();
        if (user == null) {
            throw new ProcedureViolation("办理任务「" + task.getName() + "」必须以登录用户身份进行，以便留痕追责");
        }
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(user)) {
                throw new ProcedureViolation("任务「" + task.getName() + "」已由 " + task.getAssignee() + " 办理，"
                        + user + " 无权办结");
            }
            return user;
        }
        List<String> groups = Context.getCommandContext().getAuthenticatedGroupIds();
        List<String> userGroups = groups == null ? List.of() : groups;
        boolean candidate = task.getCandidates().stream().anyMatch(link ->
                user.equals(link.getUserId()) || (link.getGroupId() != null && userGroups.contains(link.getGroupId())));
        if (!candidate) {
            throw new ProcedureViolation(user + " 不在任务「" + task.getName() + "」的办理范围内");
        }
        return user;
    }

    private void storeTyped(DelegateTask task, Map<String, Object> values) {
        values.forEach((name, value) -> task.setVariable(name, engineValue(value)));
    }

    private static Object engineValue(Object value) {
        if (value instanceof LocalDate day) {
            return ShanghaiTime.startOf(day);
        }
        if (value instanceof List<?> ids) {
            return String.join(",", ids.stream().map(Object::toString).toList());
        }
        return value;
    }

    private void record(DelegateTask task, String actor, TaskRule rule, Map<String, Object> values) {
        Object decisionId = task.getVariable(ProcessVariables.DECISION_ID);
        if (decisionId == null) {
            throw new ProcedureViolation("任务「" + task.getName() + "」不属于任何决策事项，不能办结");
        }
        Map<String, Object> content = new LinkedHashMap<>();
        for (FormField field : rule.fields()) {
            Object value = values.get(field.name());
            if (value != null) {
                content.put(field.name(), value instanceof LocalDate day ? day.toString() : value);
            }
        }
        dossier.record(new Dossier.Step(((Number) decisionId).longValue(), task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getName(), task.getId(), actor),
                EntryKind.TASK_COMPLETED, content);
    }
}
