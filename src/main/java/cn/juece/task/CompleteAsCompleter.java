package cn.juece.task;

import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Completes a task as its completer in one engine command: an unassigned (group) task is first
 * assigned to them, exactly as {@code TaskService.setAssignee} does it (assignment listeners,
 * history, operation log), so that it shows in their 已办; then it is completed exactly as
 * {@code TaskService.complete} does it, rules listener included. One command reads the task once
 * and writes once; a refused completion throws before the flush, so it leaves no assignee behind.
 */
final class CompleteAsCompleter implements Command<Void> {

    private final String taskId;
    private final String userId;
    private final Map<String, Object> fields;

    CompleteAsCompleter(String taskId, String userId, Map<String, Object> fields) {
        this.taskId = taskId;
        this.userId = userId;
        this.fields = fields;
    }

    @Override
    public Void execute(CommandContext context) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new TaskConflict(TaskConflict.GONE);
        }
        if (task.getAssignee() == null) {
            new AssignTaskCmd(taskId, userId).execute(context);
        }
        new CompleteTaskCmd(taskId, fields).execute(context);
        return null;
    }
}
