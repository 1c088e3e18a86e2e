package cn.juece.task;

import java.time.Instant;

/** One line of a task list: the task, its decision, its stage, its deadline light. */
public record TaskSummary(String id, String name, String taskKey, String formKey, String decisionReference,
                          String decisionTitle, String stage, String assignee, boolean groupTask, Instant created,
                          Instant due, Instant ended, DueLight light) {
}
