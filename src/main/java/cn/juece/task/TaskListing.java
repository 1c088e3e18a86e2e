package cn.juece.task;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.juece.procedure.ProcessVariables;
import cn.juece.security.Directory;

/** The three task lists of a user, a page at a time: assigned to me, offered to my groups, done by me. */
@Service
public class TaskListing {

    /** What a shown row reads of its decision; the sponsoring unit every row reads, for the filter. */
    private static final List<String> DECISION_NAMES = List.of(ProcessVariables.DECISION_REFERENCE,
            ProcessVariables.DECISION_TITLE);

    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DueLights lights;
    private final Directory directory;
    private final Map<String, ProcessDefinition> stages = new ConcurrentHashMap<>();

    TaskListing(TaskService tasks, JdbcTemplate jdbc, ManagementService management, HistoryService history,
                RepositoryService repository, DueLights lights, Directory directory) {
        this.tasks = tasks;
        this.jdbc = jdbc;
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

    /** Page {@code page} of the tasks assigned to the user that the filter keeps, by deadline, then arrival. */
    public TaskPage mine(String userId, TaskFilter filter, int page) {
        List<Task> mine = tasks.createTaskQuery().taskAssignee(userId).initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc().list();
        return open(mine, filter, page, shown -> {
            // all the user's, not taskIdIn the page's: MyBatis builds an IN list item by item, slower here
            Set<String> groupTasks = tasks.createTaskQuery().taskAssignee(userId).withCandidateGroups()
                    .includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
            return groupTasks::contains;
        });
    }

    /** Page {@code page} of the unclaimed tasks offered to the groups that the filter keeps. */
    public TaskPage group(List<String> groups, TaskFilter filter, int page) {
        // the task id last: tasks due and created alike keep one order, so no row is on two pages or none
        List<Task> offered = groups.isEmpty() ? List.of() : tasks.createTaskQuery().taskCandidateGroupIn(groups)
                .taskUnassigned().initializeFormKeys().orderByDueDate().asc().orderByTaskCreateTime().asc()
                .orderByTaskId().asc().list();
        return open(offered, filter, page, shown -> task -> true);
    }

    /** Page {@code page} of the newest 200 tasks the user completed that the filter keeps, newest first. */
    public TaskPage done(String userId, TaskFilter filter, int page) {
        // Camunda's HistoricTaskInstanceQuery selects DISTINCT, which makes the database sort every
        // task the user ever completed before it can take the newest 200 (seconds at 100k decisions);
        // without it the index on (ASSIGNEE_, END_TIME_) (V13) is read backwards and stops at 200.
        List<HistoricTaskInstance> done = history.createNativeHistoricTaskInstanceQuery().sql("select RES.* from "
                        + management.getTableName(HistoricTaskInstance.class) + " RES where RES.ASSIGNEE_ = #{assignee}"
                        + " and RES.END_TIME_ is not null and RES.DELETE_REASON_ = 'completed'"
                        // by both index columns, ASSIGNEE_ being one value: H2 reads the index in order only so
                        + " order by RES.ASSIGNEE_ desc, RES.END_TIME_ desc")
                .parameter("assignee", userId).listPage(0, 200);
        Map<String, String> units = units(historicVariables(instances(done, HistoricTaskInstance::getProcessInstanceId),
                List.of(ProcessVariables.SPONSOR_UNIT)));
        List<Listed<HistoricTaskInstance>> listed = done.stream().map(task -> new Listed<>(task,
                task.getProcessInstanceId(), stage(task.getProcessDefinitionId()),
                units.getOrDefault(task.getProcessInstanceId(), ""), DueLight.NONE)).toList();
        return page(listed, filter, page, shown -> {
            Map<String, Map<String, Object>> decisions = historicVariables(
                    instances(shown, Listed::processInstanceId), DECISION_NAMES);
            return shown.stream().map(row -> summary(row, decisions)).toList();
        });
    }

    /**
     * A page of open tasks. All of them get their stage, deadline light and sponsoring unit, which the
     * filter and its lists need; only the rows shown read their decision's title and reference.
     */
    private TaskPage open(List<Task> list, TaskFilter filter, int page,
                          Function<List<Task>, Predicate<String>> groupTasks) {
        DueLights.Lights now = lights.at(ClockUtil.getCurrentTime().toInstant());
        Map<String, String> units = units(variables(instances(list, Task::getProcessInstanceId),
                List.of(ProcessVariables.SPONSOR_UNIT)));
        List<Listed<Task>> listed = list.stream().map(task -> new Listed<>(task, task.getProcessInstanceId(),
                stage(task.getProcessDefinitionId()), units.getOrDefault(task.getProcessInstanceId(), ""),
                now.of(instant(task.getDueDate())))).toList();
        return page(listed, filter, page, shown -> {
            Map<String, Map<String, Object>> decisions = variables(instances(shown, Listed::processInstanceId),
                    DECISION_NAMES);
            Predicate<String> groupTask = shown.isEmpty() ? task -> false
                    : groupTasks.apply(shown.stream().map(Listed::task).toList());
            return shown.stream().map(row -> summary(row, decisions, groupTask.test(row.task().getId()))).toList();
        });
    }

    /** The filter's rows, the page asked for among them (kept within the pages there are), read into summaries. */
    private <T> TaskPage page(List<Listed<T>> listed, TaskFilter filter, int asked,
                              Function<List<Listed<T>>, List<TaskSummary>> summaries) {
        List<Listed<T>> kept = listed.stream()
                .filter(row -> filter.keeps(row.stage().getKey(), row.unit(), row.light())).toList();
        int pages = TaskPage.pages(kept.size());
        int number = TaskPage.within(asked, pages);
        int first = Math.min(TaskPage.first(number), kept.size());
        List<Listed<T>> shown = kept.subList(first, Math.min(first + TaskPage.SIZE, kept.size()));
        return new TaskPage(summaries.apply(shown), number, pages, kept.size(), listed.size(), stages(listed),
                unitNames(listed));
    }

    private TaskSummary summary(Listed<Task> row, Map<String, Map<String, Object>> decisions, boolean groupTask) {
        Task task = row.task();
        Map<String, Object> decision = decisions.getOrDefault(row.processInstanceId(), Map.of());
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(),
                text(decision.get(ProcessVariables.DECISION_REFERENCE)),
                text(decision.get(ProcessVariables.DECISION_TITLE)), row.unit(), unitName(row.unit()),
                row.stage().getKey(), row.stage().getName(), task.getAssignee(), groupTask,
                task.getCreateTime(), task.getDueDate(), null, row.light());
    }

    private TaskSummary summary(Listed<HistoricTaskInstance> row, Map<String, Map<String, Object>> decisions) {
        HistoricTaskInstance task = row.task();
        Map<String, Object> decision = decisions.getOrDefault(row.processInstanceId(), Map.of());
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), null,
                text(decision.get(ProcessVariables.DECISION_REFERENCE)),
                text(decision.get(ProcessVariables.DECISION_TITLE)), row.unit(), unitName(row.unit()),
                row.stage().getKey(), row.stage().getName(), task.getAssignee(), false, task.getStartTime(),
                task.getDueDate(), task.getEndTime(), DueLight.NONE);
    }

    /** The stages of all the tab's rows, process key to Chinese name, by name; the page shows each in its language. */
    private static Map<String, String> stages(List<? extends Listed<?>> rows) {
        Map<String, String> stages = new LinkedHashMap<>();
        rows.stream().map(Listed::stage).distinct().sorted(Comparator.comparing(ProcessDefinition::getName))
                .forEach(stage -> stages.putIfAbsent(stage.getKey(), stage.getName()));
        return stages;
    }

    /** The sponsoring units of all the tab's rows, group id to name, by name. */
    private Map<String, String> unitNames(List<? extends Listed<?>> rows) {
        Map<String, String> units = new LinkedHashMap<>();
        rows.stream().map(Listed::unit).filter(unit -> !unit.isEmpty()).distinct()
                .map(unit -> Map.entry(unit, unitName(unit))).sorted(Map.Entry.comparingByValue())
                .forEach(unit -> units.put(unit.getKey(), unit.getValue()));
        return units;
    }

    /**
     * These text variables of these process instances, by instance: the process-level ones tasks
     * inherit. Read from the engine's variable table by plain JDBC, one query per name and 500
     * instances: Camunda's variable query expands its IN list of several hundred ids through
     * MyBatis' OGNL item by item, and that, not the database, was the largest part of the 组待办 tab
     * (issue 6.2). The variable's scope is its process instance's execution for a process-level
     * variable, and the scope and name are the engine's unique index: one index entry per row
     * shown, where selecting by process instance read every variable of each instance (on H2 at
     * 100k decisions, most of the tab's time).
     */
    private Map<String, Map<String, Object>> variables(List<String> processInstanceIds, List<String> names) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (String name : names) {
            for (String[] chunk : chunks(processInstanceIds)) {
                List<Object> arguments = new ArrayList<>(List.of(name));
                arguments.addAll(List.of(chunk));
                jdbc.query("select VAR_SCOPE_, TEXT_ from " + management.getTableName(VariableInstanceEntity.class)
                                + " where NAME_ = ? and VAR_SCOPE_ in (" + marks(chunk.length) + ") and TEXT_ is not null",
                        (ResultSet row) -> {
                            byInstance.computeIfAbsent(row.getString(1), id -> new HashMap<>())
                                    .putIfAbsent(name, row.getString(2));
                        }, arguments.toArray());
            }
        }
        return byInstance;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** These variables as each process instance holds them now, or held them when it ended. */
    private Map<String, Map<String, Object>> historicVariables(List<String> processInstanceIds, List<String> names) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        chunks(processInstanceIds).forEach(chunk -> history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(chunk).variableNameIn(names.toArray(String[]::new))
                .disableCustomObjectDeserialization().list().stream()
                .filter(variable -> variable.getValue() != null)
                .forEach(variable -> byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .putIfAbsent(variable.getName(), variable.getValue())));
        return byInstance;
    }

    private static Map<String, String> units(Map<String, Map<String, Object>> variables) {
        Map<String, String> units = new HashMap<>();
        variables.forEach((instance, values) -> units.put(instance, text(values.get(ProcessVariables.SPONSOR_UNIT))));
        return units;
    }

    private static <T> List<String> instances(List<T> rows, Function<T, String> processInstanceId) {
        return rows.stream().map(processInstanceId).toList();
    }

    /** A task of a tab before its decision's title and reference are read: enough to filter, count and list it. */
    private record Listed<T>(T task, String processInstanceId, ProcessDefinition stage, String unit, DueLight light) {
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
