package cn.juece.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What completing one user task demands: the fields it takes and the legal checks across
 * them. Declared per capability in a {@link TaskRuleSet}.
 */
public final class TaskRule {

    private final String taskKey;
    private final List<FormField> fields = new ArrayList<>();
    private final List<Consumer<TaskInput>> checks = new ArrayList<>();

    private TaskRule(String taskKey) {
        this.taskKey = taskKey;
    }

    public static TaskRule forTask(String taskKey) {
        return new TaskRule(taskKey);
    }

    public TaskRule field(FormField field) {
        fields.add(field);
        return this;
    }

    public TaskRule check(Consumer<TaskInput> check) {
        checks.add(check);
        return this;
    }

    /** A yes/no field that must be answered yes before the task can be completed. */
    public TaskRule mustConfirm(String field, String message) {
        return check(input -> {
            if (!input.isTrue(field)) {
                input.reject(field, message);
            }
        });
    }

    public String taskKey() {
        return taskKey;
    }

    public List<FormField> fields() {
        return List.copyOf(fields);
    }

    void applyChecks(TaskInput input) {
        checks.forEach(check -> check.accept(input));
    }
}
