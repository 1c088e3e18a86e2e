package cn.juece.task;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.juece.notice.Notice;
import cn.juece.notice.NoticeKind;
import cn.juece.notice.Notices;
import cn.juece.procedure.ProcessVariables;
import cn.juece.security.Directory;

/**
 * Who is told about a task, and what: its holder (the assignee, or every member of its
 * candidate groups while nobody has claimed it), and when it is overdue also the leader of
 * each unit responsible for it (a unit it is offered to, or a unit its holders belong to).
 */
@Component
class TaskNotices {

    private final TaskService tasks;
    private final Directory directory;
    private final Notices notices;

    TaskNotices(TaskService tasks, Directory directory, Notices notices) {
        this.tasks = tasks;
        this.directory = directory;
        this.notices = notices;
    }

    void deadline(Task task, NoticeKind kind) {
        Set<String> holders = holders(task);
        String due = task.getDueDate() == null ? "" : "（期限 " + Notice.deadline(task.getDueDate().toInstant()) + "）";
        String what = "任务「" + task.getName() + "」" + due;
        notices.send(kind, holders, about(task), kind == NoticeKind.OVERDUE
                ? what + "已超过办理期限，请立即办理。" : what + "即将到期，请抓紧办理。");
        if (kind == NoticeKind.OVERDUE) {
            Set<String> leaders = leaders(task, holders);
            leaders.removeAll(holders);
            notices.send(kind, leaders, about(task), "本单位承担的" + what + "已超过办理期限，请督促办理。");
        }
    }

    void urged(Task task, String by, String reason) {
        notices.send(NoticeKind.URGED, holders(task), about(task),
                directory.displayName(by) + " 催办任务「" + task.getName() + "」：" + reason);
    }

    void transferred(Task task, String from, String to, String reason) {
        notices.send(NoticeKind.TRANSFERRED, List.of(to), about(task),
                directory.displayName(from) + " 将任务「" + task.getName() + "」转交您办理：" + reason);
    }

    Set<String> holders(Task task) {
        Set<String> holders = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            holders.add(task.getAssignee());
            return holders;
        }
        for (IdentityLink link : candidates(task)) {
            if (link.getUserId() != null) {
                holders.add(link.getUserId());
            } else {
                directory.members(link.getGroupId()).forEach(person -> holders.add(person.id()));
            }
        }
        return holders;
    }

    private Set<String> leaders(Task task, Set<String> holders) {
        Set<String> units = new LinkedHashSet<>();
        candidates(task).stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null && directory.isUnit(group)).forEach(units::add);
        if (units.isEmpty()) {
            holders.forEach(holder -> units.addAll(directory.unitsOf(holder)));
        }
        Set<String> leaders = new LinkedHashSet<>();
        units.forEach(unit -> directory.leaderOf(unit).ifPresent(leaders::add));
        return leaders;
    }

    private List<IdentityLink> candidates(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).toList();
    }

    private Notices.About about(Task task) {
        Map<String, Object> decision = tasks.getVariables(task.getId(), List.of(ProcessVariables.DECISION_ID,
                ProcessVariables.DECISION_REFERENCE, ProcessVariables.DECISION_TITLE));
        Object id = decision.get(ProcessVariables.DECISION_ID);
        return new Notices.About(task.getId(), task.getName(), id instanceof Number n ? n.longValue() : null,
                text(decision.get(ProcessVariables.DECISION_REFERENCE)),
                text(decision.get(ProcessVariables.DECISION_TITLE)), task.getDueDate());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
