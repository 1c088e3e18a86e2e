package cn.juece.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DueLights lights;
    private final Directory directory;
    private final Map<String, ProcessDefinition> stages = new ConcurrentHashMap<>();

    TaskListing(TaskService tasks, RuntimeService runtime, ManagementService management, HistoryService history,
                RepositoryService repository, DueLights lights, Directory directory) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.repository = repository;
        this.lights = lights;
        this.directory = directory;
    }

    public long countMine(String userId) {
        return tasks.createTaskQuery().taskAssignee(userId).count();
    }

    public long countGroup(List<String> groups) {
        return groups.isEmpty() ? 0 : tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().count();
    }

    public List<TaskSummary> mine(String userId) {
        List<Task> mine = tasks.createTaskQuery().taskAssignee(userId).initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list();
        if (mine.isEmpty()) {
            return List.of();
        }
        Set<String> groupTasks = tasks.createTaskQuery().taskAssignee(userId).withCandidateGroups()
                .includeAssignedTasks().list().stream()
                .map(Task::getId).collect(Collectors.toSet());
        return summaries(mine, groupTasks::contains);
    }

    public List<TaskSummary> group(List<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return summaries(tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().list(), task -> true);
    }

    public List<TaskSummary> done(String userId) {
        // Camunda's HistoricTaskInstanceQuery selects DISTINCT, which makes the database sort every
        // task the user ever completed before it can take the newest 200 (seconds at 100k decisions);
        // without it the index on (ASSIGNEE_, END_TIME_) (V13) is read backwards and stops at 200.
        List<HistoricTaskInstance> done = history.createNativeHistoricTaskInstanceQuery().sql("select RES.* from "
                        + management.getTableName(HistoricTaskInstance.class) + " RES where RES.ASSIGNEE_ = #{assignee}"
                        + " and RES.END_TIME_ is not null and RES.DELETE_REASON_ = 'completed'"
                        // by both index columns, ASSIGNEE_ being one value: H2 reads the index in order only so
                        + " order by RES.ASSIGNEE_ desc, RES.END_TIME_ desc")
                .parameter("assignee", userId).listPage(0, 200);
        Map<String, Map<String, Object>> decisions = historicVariables(done.stream()
                .map(HistoricTaskInstance::getProcessInstanceId).toList());
        return done.stream().map(task -> summary(task, decisions.getOrDefault(task.getProcessInstanceId(), Map.of())))
                .toList();
    }

    /**
     * The rows of open tasks. The decision's variables of all of them come in one query, not one
     * per task: a task list of several hundred rows made as many queries (issue 6.2).
     */
    private List<TaskSummary> summaries(List<Task> list, Predicate<String> groupTask) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Map<String, Map<String, Object>> decisions = variables(list.stream().map(Task::getProcessInstanceId).toList());
        return list.stream().map(task -> {
            Map<String, Object> decision = decisions.getOrDefault(task.getProcessInstanceId(), Map.of());
            String unit = text(decision.get(ProcessVariables.SPONSOR_UNIT));
            ProcessDefinition stage = stage(task.getProcessDefinitionId());
            return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(),
                    text(decision.get(ProcessVariables.DECISION_REFERENCE)),
                    text(decision.get(ProcessVariables.DECISION_TITLE)), unit, unitName(unit),
                    stage.getKey(), stage.getName(), task.getAssignee(), groupTask.test(task.getId()),
                    task.getCreateTime(), task.getDueDate(), null, lights.of(instant(task.getDueDate()), now));
        }).toList();
    }

    /** The decision's variables of these process instances, by instance: the process-level ones tasks inherit. */
    private Map<String, Map<String, Object>> variables(List<String> processInstanceIds) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        chunks(processInstanceIds).forEach(chunk -> runtime.createVariableInstanceQuery()
                .processInstanceIdIn(chunk).variableNameIn(DECISION_VARIABLES.toArray(String[]::new))
                .disableCustomObjectDeserialization().list().stream()
                // the process-level variable, not a local one of some execution inside it
                .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
                .filter(variable -> variable.getValue() != null)
                .forEach(variable -> byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .putIfAbsent(variable.getName(), variable.getValue())));
        return byInstance;
    }

    private TaskSummary summary(HistoricTaskInstance task, Map<String, Object> decision) {
        String unit = text(decision.get(ProcessVariables.SPONSOR_UNIT));
        ProcessDefinition stage = stage(task.getProcessDefinitionId());
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), null,
                text(decision.get(ProcessVariables.DECISION_REFERENCE)),
                text(decision.get(ProcessVariables.DECISION_TITLE)), unit, unitName(unit),
                stage.getKey(), stage.getName(), task.getAssignee(), false, task.getStartTime(),
                task.getDueDate(), task.getEndTime(), DueLight.NONE);
    }

    /** The decision's variables as each process instance holds them now, or held them when it ended. */
    private Map<String, Map<String, Object>> historicVariables(List<String> processInstanceIds) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        chunks(processInstanceIds).forEach(chunk -> history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(chunk).variableNameIn(DECISION_VARIABLES.toArray(String[]::new))
                .disableCustomObjectDeserialization().list().stream()
                .filter(variable -> variable.getValue() != null)
                .forEach(variable -> byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .putIfAbsent(variable.getName(), variable.getValue())));
        return byInstance;
    }

    /** Distinct ids in slices a database takes in one IN list. */
    private static List<String[]> chunks(List<String> ids) {
        List<String> distinct = ids.stream().distinct().toList();
        List<String[]> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += 500) {
            chunks.add(distinct.subList(i, Math.min(i + 500, distinct.size())).toArray(String[]::new));
        }
        return chunks;
    }

    private String unitName(String unit) {
        return unit.isEmpty() ? "" : directory.unitName(unit);
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
