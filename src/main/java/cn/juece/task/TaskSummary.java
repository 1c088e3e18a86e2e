package cn.juece.task;

import java.util.Date;

/** One line of a task list: the task, its decision, its stage, its deadline light (dates for the templates). */
public record TaskSummary(String id, String name, String taskKey, String formKey, String decisionReference,
                          String decisionTitle, String stage, String assignee, boolean groupTask, Date created,
                          Date due, Date ended, DueLight light) {
}
