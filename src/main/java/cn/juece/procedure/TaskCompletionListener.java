package cn.juece.procedure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Component;

import cn.juece.calendar.CalendarDataMissingException;
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
            try {
                rule.applyChecks(input);
            } catch (CalendarDataMissingException missingYear) {
                throw new ProcedureViolation(missingYear.getMessage());
            }
        }
        if (!input.errors().isEmpty()) {
            throw new ProcedureViolation(input.errors());
        }
        storeTyped(task, input.values());
        record(task, actor, rule, input.values());
    }

    /**
     * The person completing must be the one the model designates: the assignee its expression
     * names, or a member of the candidate groups it names. Read from the model, not from the
     * task's current assignee or links, which the engine API lets an operator change.
     */
    private String checkActor(DelegateTask task) {
        String user = Context.getCommandContext().getAuthenticatedUserId();
        if (user == null) {
            throw new ProcedureViolation("办理任务「" + task.getName() + "」必须以登录用户身份进行，以便留痕追责");
        }
        TaskDefinition definition = ((TaskEntity) task).getTaskDefinition();
        DelegateExecution execution = task.getExecution();
        if (definition.getAssigneeExpression() != null) {
            Object designated = definition.getAssigneeExpression().getValue(execution);
            if (!user.equals(String.valueOf(designated))) {
                throw new ProcedureViolation("任务「" + task.getName() + "」应由 " + designated + " 本人办理，" + user + " 无权办结");
            }
            return user;
        }
        List<String> groups = Context.getCommandContext().getAuthenticatedGroupIds();
        Set<String> userGroups = groups == null ? Set.of() : Set.copyOf(groups);
        boolean candidate = definition.getCandidateGroupIdExpressions().stream()
                .flatMap(expression -> ids(expression.getValue(execution)).stream())
                .anyMatch(userGroups::contains);
        if (!candidate) {
            throw new ProcedureViolation(user + " 不在任务「" + task.getName() + "」的办理范围内");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new ProcedureViolation("任务「" + task.getName() + "」已由 " + task.getAssignee() + " 签收，"
                    + user + " 不能办结");
        }
        return user;
    }

    private static List<String> ids(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : Arrays.stream(value.toString().split(",")).map(String::strip).toList();
    }

    /**
     * Stores each field as its type; one already held as exactly that value (a text, a yes/no, as
     * submitted) is left as it is: setting it again would change nothing but add a second history
     * detail for the same value.
     */
    private void storeTyped(DelegateTask task, Map<String, Object> values) {
        values.forEach((name, value) -> {
            Object typed = engineValue(value);
            Object held = task.getVariable(name);
            if (held == null || held.getClass() != typed.getClass() || !held.equals(typed)) {
                task.setVariable(name, typed);
            }
        });
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
