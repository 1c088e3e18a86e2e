package cn.juece.supervision;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.juece.security.Directory;
import cn.juece.security.Groups;

/**
 * Open tasks past their due date, each with the group answerable for it: the candidate group
 * the model offers it to (the sponsoring unit's group for unit tasks, the role for role tasks),
 * or, for a task designated to one person, that person's role. One task query per group of the
 * directory and one batched lookup of the decisions' references, whatever the number of decisions.
 */
@Component
class OverdueTasks {

    private static final int BATCH = 500;

    private final TaskService tasks;
    private final HistoryService history;
    private final Directory directory;

    OverdueTasks(TaskService tasks, HistoryService history, Directory directory) {
        this.tasks = tasks;
        this.history = history;
        this.directory = directory;
    }

    /** Overdue tasks of the decisions with these references. */
    List<OverdueTask> of(Set<String> references) {
        Date now = ClockUtil.getCurrentTime();
        Map<String, Task> byId = new LinkedHashMap<>();
        Map<String, String> responsible = new HashMap<>();
        for (String group : groups()) {
            tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().dueBefore(now).active().list()
                    .forEach(task -> {
                        byId.putIfAbsent(task.getId(), task);
                        responsible.putIfAbsent(task.getId(), group);
                    });
        }
        tasks.createTaskQuery().withoutCandidateGroups().dueBefore(now).active().list().forEach(task -> {
            byId.putIfAbsent(task.getId(), task);
            responsible.putIfAbsent(task.getId(), roleOf(task.getAssignee()));
        });
        Map<String, String> referenceOf = references(byId.values().stream()
                .map(Task::getProcessInstanceId).distinct().toList());
        List<OverdueTask> overdue = new ArrayList<>();
        byId.forEach((id, task) -> {
            String group = responsible.get(id);
            String reference = referenceOf.get(task.getProcessInstanceId());
            if (reference != null && references.contains(reference)) {
                overdue.add(new OverdueTask(reference, task.getName(), group, name(group), task.getDueDate()));
            }
        });
        return overdue;
    }

    private Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>(directory.units().keySet());
        Stream.of(Groups.HEAD, Groups.OFFICE, Groups.REVIEWER, Groups.LEGAL_ADVISER, Groups.MEMBER,
                Groups.EXPERT, Groups.ASSESSOR, Groups.SUPERVISOR, Groups.ADMIN).forEach(groups::add);
        return groups;
    }

    private String roleOf(String userId) {
        return userId == null ? "" : directory.person(userId)
                .flatMap(person -> person.groups().stream().filter(Groups.ROLE_NAMES::containsKey).findFirst())
                .orElse(userId);
    }

    private String name(String group) {
        return Groups.ROLE_NAMES.getOrDefault(group, directory.unitName(group));
    }

    private Map<String, String> references(List<String> processInstanceIds) {
        Map<String, String> references = new HashMap<>();
        for (int from = 0; from < processInstanceIds.size(); from += BATCH) {
            Set<String> batch = Set.copyOf(processInstanceIds.subList(from,
                    Math.min(processInstanceIds.size(), from + BATCH)));
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                    .processInstanceIds(batch).list()) {
                references.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return references;
    }

    /** One overdue task, with the group answerable for it (id and Chinese name). */
    record OverdueTask(String reference, String taskName, String group, String groupName, Date due) {
    }
}
