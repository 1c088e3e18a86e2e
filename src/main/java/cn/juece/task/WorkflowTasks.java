package cn.juece.task;

import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.juece.dossier.Documents;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.security.Directory;

/**
 * The one door through which Juece's pages act on tasks: always as the signed-in user with
 * the groups they act in, so the engine-layer rules and the dossier see who acted.
 */
@Service
public class WorkflowTasks {

    private final TaskService tasks;
    private final CommandExecutor engine;
    private final IdentityService identity;
    private final Documents documents;
    private final Directory directory;

    WorkflowTasks(TaskService tasks, IdentityService identity, Documents documents, Directory directory) {
        this.tasks = tasks;
        // the executor of TaskService's own commands: same transaction handling, interceptors and checks
        this.engine = ((TaskServiceImpl) tasks).getCommandExecutor();
        this.identity = identity;
        this.documents = documents;
        this.directory = directory;
    }

    /**
     * Completes the task and stores the documents submitted with it, all or nothing: a refused
     * completion stores no file, a refused file completes nothing.
     */
    @Transactional
    public void complete(String taskId, String userId, List<String> groups, Map<String, Object> fields,
                         List<Documents.Upload> uploads) {
        documents.check(uploads);
        if (!uploads.isEmpty()) {
            Task task = open(taskId);
            Object decisionId = tasks.getVariable(taskId, "decisionId");
            // stored first: completing the procedure's last task archives and seals the dossier in this
            // transaction, and the files submitted with that task belong inside the seal
            if (decisionId != null) {
                documents.store(((Number) decisionId).longValue(), taskId, task.getTaskDefinitionKey(), userId,
                        uploads);
            }
        }
        complete(taskId, userId, groups, fields);
    }

    @Transactional
    public void complete(String taskId, String userId, List<String> groups, Map<String, Object> fields) {
        identity.setAuthentication(userId, groups);
        try {
            // one engine command: the completer becomes the assignee of an unassigned task (so that it
            // shows in their 已办) and completes it, instead of a command and a flush for each
            engine.execute(new CompleteAsCompleter(taskId, userId, fields));
        } catch (ProcessEngineException e) {
            ProcedureViolation violation = ProcedureViolation.causeOf(e).orElse(null);
            if (violation != null) {
                throw violation;
            }
            // someone else completed or changed the task between our reading it and our writing
            if (e instanceof OptimisticLockingException || isGone(e)) {
                throw new TaskConflict(TaskConflict.DONE_BY_SOMEONE_ELSE);
            }
            throw e;
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Takes a group task as one's own; only a member of one of its candidate groups may. */
    @Transactional
    public void claim(String taskId, String userId, List<String> groups) {
        Task task = open(taskId);
        if (task.getAssignee() != null) {
            throw task.getAssignee().equals(userId) ? new ProcedureViolation("您已签收该任务") : takenBy(task.getAssignee());
        }
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType())
                        && (userId.equals(link.getUserId()) || groups.contains(link.getGroupId())));
        if (!candidate) {
            throw new ProcedureViolation("您不在该任务的办理范围内，不能签收");
        }
        try {
            tasks.claim(taskId, userId);
        } catch (OptimisticLockingException | TaskAlreadyClaimedException | NullValueException raced) {
            // another member of the group claimed (or someone completed) it at the same moment
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (now == null) {
                throw new TaskConflict(TaskConflict.GONE);
            }
            throw now.getAssignee() == null ? new TaskConflict(TaskConflict.DONE_BY_SOMEONE_ELSE)
                    : takenBy(now.getAssignee());
        }
    }

    private TaskConflict takenBy(String assignee) {
        String name = directory.person(assignee).map(Directory.Person::name).orElse(assignee);
        return new TaskConflict("该任务已由" + name + "签收");
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
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException raced) {
            throw new TaskConflict(TaskConflict.DONE_BY_SOMEONE_ELSE);
        } catch (NullValueException e) {
            if (isGone(e)) {
                throw new TaskConflict(TaskConflict.DONE_BY_SOMEONE_ELSE);
            }
            throw e;
        }
    }

    /** The task was completed (or deleted) meanwhile; any other missing value is a fault, not a race. */
    private static boolean isGone(ProcessEngineException e) {
        return e instanceof NullValueException && String.valueOf(e.getMessage()).startsWith("Cannot find task");
    }

    /**
     * The open task if the user may work on it: it is assigned to them, or unassigned and
     * offered to one of their groups. Otherwise empty, whether it exists or not.
     */
    public Optional<OpenTask> openFor(String taskId, String userId, List<String> groups) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        boolean mine = userId.equals(task.getAssignee());
        boolean offered = task.getAssignee() == null && tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType())
                        && (userId.equals(link.getUserId()) || groups.contains(link.getGroupId())));
        if (!mine && !offered) {
            return Optional.empty();
        }
        Object decisionId = tasks.getVariable(taskId, "decisionId");
        return Optional.of(new OpenTask(task, decisionId == null ? null : ((Number) decisionId).longValue()));
    }

    /** Whether the task is still open, whoever holds it. */
    public boolean exists(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() > 0;
    }

    /** The procedures the table requires for the task's decision, without repeats. */
    public List<String> requiredProcedures(String taskId) {
        Object required = tasks.getVariable(taskId, "requiredProcedures");
        return required instanceof List<?> list ? list.stream().map(String::valueOf).distinct().toList() : List.of();
    }

    /** A task someone may work on, with the decision it belongs to. */
    public record OpenTask(Task task, Long decisionId) {
    }

    private Task open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskConflict(TaskConflict.GONE);
        }
        return task;
    }
}
