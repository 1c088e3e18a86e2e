package cn.juece.decision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.juece.procedure.ShanghaiTime;
import cn.juece.security.Directory;
import cn.juece.security.Groups;
import cn.juece.task.DueLight;
import cn.juece.task.DueLights;

/**
 * Where a decision stands in the engine: its open tasks, what it waits for, and its process
 * diagrams with the activities done and under way. The main process and every stage it
 * called share the decision's reference as business key.
 */
@Service
public class DecisionProgress {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ShanghaiTime.ZONE);
    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
    private static final Set<String> CONTAINERS = Set.of("callActivity", "subProcess", "multiInstanceBody");

    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DueLights lights;
    private final Directory directory;
    private final Map<String, String> models = new ConcurrentHashMap<>();

    DecisionProgress(TaskService tasks, HistoryService history, RepositoryService repository, DueLights lights,
                     Directory directory) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.lights = lights;
        this.directory = directory;
    }

    public List<OpenTask> openTasks(Decision decision) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return tasks.createTaskQuery().processInstanceBusinessKey(decision.reference())
                .orderByTaskCreateTime().asc().list().stream()
                .map(task -> new OpenTask(task.getId(), task.getName(), stageName(task.getProcessDefinitionId()),
                        task.getAssignee() == null ? null : directory.displayName(task.getAssignee()),
                        candidateGroups(task), due(task), lights.of(instant(task.getDueDate()), now)))
                .toList();
    }

    /** Activities under way that are no task: a running consultation period, a timer. */
    public List<String> waitingFor(Decision decision) {
        return instances(decision).stream()
                .filter(instance -> instance.getEndTime() == null)
                .flatMap(instance -> history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).unfinished().list().stream())
                .filter(activity -> isWait(activity.getActivityType()) && activity.getActivityName() != null)
                .map(HistoricActivityInstance::getActivityName)
                .distinct().toList();
    }

    /** The main process, then each stage it is in now. */
    public List<DiagramRef> diagrams(Decision decision) {
        Predicate<HistoricProcessInstance> main = instance -> instance.getId().equals(decision.processInstanceId());
        return instances(decision).stream()
                .filter(main.or(instance -> instance.getEndTime() == null))
                .sorted(Comparator.comparing((HistoricProcessInstance instance) -> !main.test(instance))
                        .thenComparing(HistoricProcessInstance::getStartTime))
                .map(instance -> new DiagramRef(instance.getProcessDefinitionId(),
                        stageName(instance.getProcessDefinitionId()), main.test(instance)))
                .distinct().toList();
    }

    /** One of the decision's process models with its activities marked; empty if it ran none of it. */
    public Optional<Diagram> diagram(Decision decision, String processDefinitionId) {
        List<HistoricProcessInstance> runs = instances(decision).stream()
                .filter(instance -> instance.getProcessDefinitionId().equals(processDefinitionId)).toList();
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        Set<String> finished = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        runs.forEach(run -> history.createHistoricActivityInstanceQuery().processInstanceId(run.getId())
                .orderByHistoricActivityInstanceStartTime().asc().list().forEach(activity -> {
                    String id = activity.getActivityId().replace(MULTI_INSTANCE_BODY, "");
                    if (activity.getEndTime() == null) {
                        active.add(id);
                    } else if (!activity.isCanceled()) {
                        finished.add(id);
                    }
                }));
        // an activity run again (a draft revised twice) shows as under way, not as done
        finished.removeAll(active);
        return Optional.of(new Diagram(processDefinitionId, stageName(processDefinitionId),
                model(processDefinitionId), List.copyOf(finished), List.copyOf(active)));
    }

    /** A timer or a catch event; not a task (listed as such), a joining gateway or a stage container. */
    private static boolean isWait(String activityType) {
        return !CONTAINERS.contains(activityType) && !"userTask".equals(activityType)
                && !activityType.endsWith("Gateway");
    }

    private List<HistoricProcessInstance> instances(Decision decision) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(decision.reference()).list();
    }

    private String candidateGroups(Task task) {
        return String.join("、", tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(link -> Groups.ROLE_NAMES.getOrDefault(link.getGroupId(), directory.unitName(link.getGroupId())))
                .toList());
    }

    private String stageName(String processDefinitionId) {
        return repository.getProcessDefinition(processDefinitionId).getName();
    }

    private String model(String processDefinitionId) {
        return models.computeIfAbsent(processDefinitionId, id -> {
            try (InputStream xml = repository.getProcessModel(id)) {
                return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("流程模型 " + id + " 无法读取", e);
            }
        });
    }

    private static String due(Task task) {
        return task.getDueDate() == null ? null : DUE.format(task.getDueDate().toInstant());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** An open task: who holds it (a person, or the groups it is offered to) and by when, in Beijing time. */
    public record OpenTask(String id, String name, String stage, String assignee, String candidates, String due,
                           DueLight light) {
    }

    /** A process model the decision runs in; {@code main} for the major-decision procedure itself. */
    public record DiagramRef(String processDefinitionId, String name, boolean main) {
    }

    /** A model's XML with the ids of its activities done and under way, for bpmn-js to mark. */
    public record Diagram(String processDefinitionId, String name, String xml, List<String> finished,
                          List<String> active) {
    }
}
