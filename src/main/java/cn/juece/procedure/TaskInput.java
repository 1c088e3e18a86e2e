package cn.juece.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

import cn.juece.procedure.ProcedureViolation.FieldError;

/**
 * The values a user submitted to complete a task, already checked against the task's
 * declared fields and converted to their types, plus a place to report broken rules.
 */
public final class TaskInput {

    private final DelegateTask task;
    private final Map<String, Object> values;
    private final List<FieldError> errors = new ArrayList<>();

    TaskInput(DelegateTask task, Map<String, Object> values) {
        this.task = task;
        this.values = new LinkedHashMap<>(values);
    }

    public DelegateTask task() {
        return task;
    }

    public Long decisionId() {
        Object id = task.getVariable(ProcessVariables.DECISION_ID);
        return id == null ? null : ((Number) id).longValue();
    }

    public Object variable(String name) {
        return task.getVariable(name);
    }

    public String text(String field) {
        return (String) values.get(field);
    }

    public boolean isTrue(String field) {
        return Boolean.TRUE.equals(values.get(field));
    }

    public LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    public Integer integer(String field) {
        return (Integer) values.get(field);
    }

    @SuppressWarnings("unchecked")
    public List<String> userIds(String field) {
        Object value = values.get(field);
        return value == null ? List.of() : (List<String>) value;
    }

    public boolean has(String field) {
        Object value = values.get(field);
        return value != null && !(value instanceof String s && s.isBlank());
    }

    public LocalDate today() {
        return ShanghaiTime.today();
    }

    /** Reports a broken rule; the task is not completed when any was reported. */
    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    Map<String, Object> values() {
        return values;
    }

    List<FieldError> errors() {
        return errors;
    }
}
