package cn.juece.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.juece.notice.NoticeKind;

/**
 * Tells the holders of every open task with a deadline when it turns yellow (due soon) or
 * red (overdue), whether or not its model has a timer for it. A person gets each deadline
 * notice of a task once, whoever sends it first (this sweep or a timer): the notice table
 * keeps one per task, kind and person. Each task is one transaction, so a sweep on another
 * node that got there first costs only that task's turn.
 */
@Component
public class DeadlineSweep {

    private final TaskService tasks;
    private final DueLights lights;
    private final TaskNotices notices;
    private final TransactionTemplate transaction;

    DeadlineSweep(TaskService tasks, DueLights lights, TaskNotices notices, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.lights = lights;
        this.notices = notices;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs over the open tasks due by now or soon; returns how many tasks it told anyone about. */
    public int run() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        DueLights.Lights today = lights.at(now);
        int told = 0;
        // yellow means fewer working days left than the setting, never more than a month of calendar days
        for (Task task : tasks.createTaskQuery().dueBefore(Date.from(now.plus(Duration.ofDays(31)))).list()) {
            NoticeKind kind = switch (today.of(task.getDueDate().toInstant())) {
                case RED -> NoticeKind.OVERDUE;
                case YELLOW -> NoticeKind.DUE_SOON;
                default -> null;
            };
            if (kind != null && tell(task, kind)) {
                told++;
            }
        }
        return told;
    }

    private boolean tell(Task task, NoticeKind kind) {
        try {
            transaction.executeWithoutResult(status -> notices.deadline(task, kind));
            return true;
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            return false;
        }
    }
}
