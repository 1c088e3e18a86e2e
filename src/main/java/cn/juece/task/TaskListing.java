package cn.juece.task;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.juece.procedure.ProcessVariables;
import cn.juece.security.Directory;

/** The three task lists of a user: assigned to me, offered to my groups, done by me. */
@Service
public class TaskListing {

    private static final List<String> DECISION_VARIABLES = List.of(ProcessVariables.DECISION_REFERENCE,
            ProcessVariables.DECISION_TITLE, ProcessVariables.SPONSOR_UNIT);

    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DueLights lights;
    private final Directory directory;
    private final Map<String, ProcessDefinition> stages = new ConcurrentHashMap<>();

    TaskListing(TaskService tasks, HistoryService history, RepositoryService repository, DueLights lights,
                Directory directory) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.lights = lights;
        this.directory = directory;
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
        return list.stream().map(task -> {
            Map<String, Object> decision = tasks.getVariables(task.getId(), DECISION_VARIABLES);
            String unit = text(decision.get(ProcessVariables.SPONSOR_UNIT));
            ProcessDefinition stage = stage(task.getProcessDefinitionId());
            return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(),
                    text(decision.get(ProcessVariables.DECISION_REFERENCE)),
                    text(decision.get(ProcessVariables.DECISION_TITLE)), unit, unitName(unit),
                    stage.getKey(), stage.getName(), task.getAssignee(), isGroupTask(task.getId()),
                    task.getCreateTime(), task.getDueDate(), null, lights.of(instant(task.getDueDate()), now));
        }).toList();
    }

    private TaskSummary summary(HistoricTaskInstance task) {
        Map<String, Object> decision = historicVariables(task.getProcessInstanceId());
        String unit = text(decision.get(ProcessVariables.SPONSOR_UNIT));
        ProcessDefinition stage = stage(task.getProcessDefinitionId());
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), null,
                text(decision.get(ProcessVariables.DECISION_REFERENCE)),
                text(decision.get(ProcessVariables.DECISION_TITLE)), unit, unitName(unit),
                stage.getKey(), stage.getName(), task.getAssignee(), false, task.getStartTime(),
                task.getDueDate(), task.getEndTime(), DueLight.NONE);
    }

    /** The decision's variables as the task's process instance holds them now, or held them when it ended. */
    private Map<String, Object> historicVariables(String processInstanceId) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(DECISION_VARIABLES.toArray(String[]::new)).disableCustomObjectDeserialization()
                .list().stream().filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                        (first, second) -> first));
    }

    private String unitName(String unit) {
        return unit.isEmpty() ? "" : directory.unitName(unit);
    }

    private boolean isGroupTask(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> "candidate".equals(link.getType()) && link.getGroupId() != null);
    }

    private ProcessDefinition stage(String processDefinitionId) {
        return stages.computeIfAbsent(processDefinitionId, repository::getProcessDefinition);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
