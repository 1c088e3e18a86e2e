package cn.juece.task;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** The three task lists of a user: assigned to me, offered to my groups, done by me. */
@Service
public class TaskListing {

    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DueLights lights;
    private final Map<String, String> stageNames = new ConcurrentHashMap<>();

    TaskListing(TaskService tasks, HistoryService history, RepositoryService repository, DueLights lights) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.lights = lights;
    }

    public List<TaskSummary> mine(String userId) {
        return summaries(tasks.createTaskQuery().taskAssignee(userId).initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list());
    }

    public List<TaskSummary> group(List<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return summaries(tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list());
    }

    public List<TaskSummary> done(String userId) {
        return history.createHistoricTaskInstanceQuery().taskAssignee(userId).finished()
                .taskDeleteReason("completed").orderByHistoricTaskInstanceEndTime().desc().listPage(0, 200)
                .stream().map(this::summary).toList();
    }

    private List<TaskSummary> summaries(List<Task> list) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return list.stream().map(task -> new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                task.getFormKey(), text(tasks.getVariable(task.getId(), "decisionReference")),
                text(tasks.getVariable(task.getId(), "decisionTitle")), stage(task.getProcessDefinitionId()),
                task.getAssignee(), isGroupTask(task.getId()), task.getCreateTime(), task.getDueDate(), null,
                lights.of(instant(task.getDueDate()), now))).toList();
    }

    private TaskSummary summary(HistoricTaskInstance task) {
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), null,
                historicText(task.getProcessInstanceId(), "decisionReference"),
                historicText(task.getProcessInstanceId(), "decisionTitle"), stage(task.getProcessDefinitionId()),
                task.getAssignee(), false, task.getStartTime(), task.getDueDate(), task.getEndTime(), DueLight.NONE);
    }

    private String historicText(String processInstanceId, String name) {
        var variable = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).disableCustomObjectDeserialization().singleResult();
        return variable == null ? "" : text(variable.getValue());
    }

    private boolean isGroupTask(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType()) && link.getGroupId() != null);
    }

    private String stage(String processDefinitionId) {
        return stageNames.computeIfAbsent(processDefinitionId,
                id -> repository.getProcessDefinition(id).getName());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
