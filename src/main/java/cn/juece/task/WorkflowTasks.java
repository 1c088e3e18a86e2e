package cn.juece.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.juece.procedure.ProcedureViolation;

/**
 * The one door through which Juece's pages act on tasks: always as the signed-in user with
 * the groups they act in, so the engine-layer rules and the dossier see who acted.
 */
@Service
public class WorkflowTasks {

    private final TaskService tasks;
    private final IdentityService identity;

    WorkflowTasks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    @Transactional
    public void complete(String taskId, String userId, List<String> groups, Map<String, Object> fields) {
        Task task = open(taskId);
        identity.setAuthentication(userId, groups);
        try {
            if (task.getAssignee() == null) {
                // so that the task shows in the completer's history (已办)
                tasks.setAssignee(taskId, userId);
            }
            tasks.complete(taskId, fields);
        } catch (ProcessEngineException e) {
            throw ProcedureViolation.causeOf(e).orElseThrow(() -> e);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Takes a group task as one's own; only a member of one of its candidate groups may. */
    @Transactional
    public void claim(String taskId, String userId, List<String> groups) {
        Task task = open(taskId);
        if (task.getAssignee() != null) {
            throw new ProcedureViolation(task.getAssignee().equals(userId) ? "您已签收该任务" : "该任务已由他人签收");
        }
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType())
                        && (userId.equals(link.getUserId()) || groups.contains(link.getGroupId())));
        if (!candidate) {
            throw new ProcedureViolation("您不在该任务的办理范围内，不能签收");
        }
        tasks.claim(taskId, userId);
    }

    /** Gives a claimed group task back to the group; only its claimant may, and only a group task. */
    @Transactional
    public void unclaim(String taskId, String userId) {
        Task task = open(taskId);
        boolean groupTask = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType()) && link.getGroupId() != null);
        if (!userId.equals(task.getAssignee()) || !groupTask) {
            throw new ProcedureViolation("只能退回本人签收的组任务");
        }
        tasks.setAssignee(taskId, null);
    }

    private Task open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new ProcedureViolation("该任务不存在或已由他人办结");
        }
        return task;
    }
}
