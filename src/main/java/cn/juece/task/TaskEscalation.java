package cn.juece.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.security.Directory;
import cn.juece.security.Groups;

/**
 * 催办 and 转办: a supervisor or the office urges an open task; the holder of a task hands it
 * to another person of the same unit. Both are recorded in the dossier and told to the people
 * who now hold the task. Neither changes anything else about the task.
 */
@Service
public class TaskEscalation {

    static final int MAX_REASON = 500;

    private final TaskService tasks;
    private final Directory directory;
    private final Dossier dossier;
    private final TaskNotices notices;

    TaskEscalation(TaskService tasks, Directory directory, Dossier dossier, TaskNotices notices) {
        this.tasks = tasks;
        this.directory = directory;
        this.dossier = dossier;
        this.notices = notices;
    }

    public static boolean mayUrge(List<String> groups) {
        return groups.contains(Groups.SUPERVISOR) || groups.contains(Groups.OFFICE);
    }

    /**
     * Urges the task from its decision's page: the page names the decision, and a task of
     * another decision (a tampered or stale form) is refused, as the urge would land in a
     * dossier the sender did not look at.
     */
    @Transactional
    public void urge(String taskId, long decisionId, String userId, List<String> groups, String reason) {
        Task task = open(taskId);
        Object owner = tasks.getVariable(task.getId(), "decisionId");
        if (!(owner instanceof Number id) || id.longValue() != decisionId) {
            throw new ProcedureViolation("该任务不属于此决策事项，未催办；请从决策事项页面重新催办");
        }
        urge(taskId, userId, groups, reason);
    }

    @Transactional
    public void urge(String taskId, String userId, List<String> groups, String reason) {
        if (!mayUrge(groups)) {
            throw new ProcedureViolation("只有法治督察或政府办公室可以催办");
        }
        String why = reason(reason, "催办");
        Task task = open(taskId);
        Set<String> holders = notices.holders(task);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("label", "催办");
        content.put("holders", String.join("、", holders.stream().map(directory::displayName).toList()));
        content.put("reason", why);
        record(task, userId, EntryKind.URGED, content);
        notices.urged(task, userId, why);
    }

    /**
     * Hands the task to {@code to}. The engine's completion rule accepts the transferee only
     * because they are in a candidate group the model names, so only group tasks move, and
     * only within the unit: a task the model gives to one named person stays with that person.
     */
    @Transactional
    public void transfer(String taskId, String userId, String to, String reason) {
        Task task = open(taskId);
        if (!userId.equals(task.getAssignee())) {
            throw new ProcedureViolation("只能转办本人已签收的任务");
        }
        List<String> candidateGroups = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        if (candidateGroups.isEmpty()) {
            throw new ProcedureViolation("任务「" + task.getName() + "」依法由指定的本人办理，不能转办");
        }
        String why = reason(reason, "转办");
        if (to == null || directory.person(to).isEmpty()) {
            throw new ProcedureViolation("请选择转办对象");
        }
        if (to.equals(userId)) {
            throw new ProcedureViolation("不能转办给本人");
        }
        List<String> units = candidateGroups.stream().filter(directory::isUnit).toList();
        if (units.isEmpty()) {
            units = directory.unitsOf(userId);
        }
        if (units.stream().noneMatch(unit -> directory.isInGroup(to, unit))) {
            throw new ProcedureViolation("只能转办给本单位人员，" + directory.displayName(to) + " 不属于本单位");
        }
        if (candidateGroups.stream().noneMatch(group -> directory.isInGroup(to, group))) {
            throw new ProcedureViolation(directory.displayName(to) + " 不在任务「" + task.getName() + "」的办理范围内，不能转办");
        }
        tasks.setAssignee(taskId, to);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("label", "转办");
        content.put("fromName", directory.displayName(userId));
        content.put("toName", directory.displayName(to));
        content.put("reason", why);
        record(task, userId, EntryKind.TRANSFERRED, content);
        notices.transferred(task, userId, to, why);
    }

    /** The people a task may be handed to by its holder: those who pass {@link #transfer}'s checks. */
    public List<Directory.Person> transferees(String taskId, String userId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !userId.equals(task.getAssignee())) {
            return List.of();
        }
        List<String> candidateGroups = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        List<String> units = candidateGroups.stream().filter(directory::isUnit).toList();
        List<String> sameUnit = units.isEmpty() ? directory.unitsOf(userId) : units;
        return directory.people().stream()
                .filter(person -> !person.id().equals(userId))
                .filter(person -> candidateGroups.stream().anyMatch(person.groups()::contains))
                .filter(person -> sameUnit.stream().anyMatch(person.groups()::contains))
                .toList();
    }

    private void record(Task task, String actor, EntryKind kind, Map<String, Object> content) {
        Object decisionId = tasks.getVariable(task.getId(), "decisionId");
        if (!(decisionId instanceof Number id)) {
            throw new ProcedureViolation("任务「" + task.getName() + "」不属于任何决策事项");
        }
        dossier.record(new Dossier.Step(id.longValue(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
                task.getName(), task.getId(), actor), kind, content);
    }

    private static String reason(String reason, String what) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new ProcedureViolation("请填写" + what + "理由");
        }
        if (text.length() > MAX_REASON) {
            throw new ProcedureViolation(what + "理由不能超过 " + MAX_REASON + " 字");
        }
        return text;
    }

    private Task open(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new ProcedureViolation("该任务不存在或已办结");
        }
        return task;
    }
}
