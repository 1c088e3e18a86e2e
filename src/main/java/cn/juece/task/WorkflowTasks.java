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

    /** Tasks assigned to the user or offered to one of the user's groups. */
    public List<Task> openTasks(String userId, List<String> groups) {
        var query = tasks.createTaskQuery().or().taskAssignee(userId);
        if (!groups.isEmpty()) {
            query.taskCandidateGroupIn(groups);
        }
        return query.endOr().initializeFormKeys().orderByTaskCreateTime().desc().list();
    }

    /** The title of the decision a task belongs to, for task lists. */
    public String decisionTitle(Task task) {
        Object title = tasks.getVariable(task.getId(), "decisionTitle");
        return title == null ? "" : title.toString();
    }

    @Transactional
    public void complete(String taskId, String userId, List<String> groups, Map<String, Object> fields) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new ProcedureViolation("该任务不存在或已由他人办结");
        }
        identity.setAuthentication(userId, groups);
        try {
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
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType())
                        && (userId.equals(link.getUserId()) || groups.contains(link.getGroupId())));
        if (!candidate) {
            throw new ProcedureViolation("您不在该任务的办理范围内，不能签收");
        }
        tasks.claim(taskId, userId);
    }
}
