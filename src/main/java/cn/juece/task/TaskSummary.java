package cn.juece.task;

import java.util.Date;

/**
 * One line of a task list: the task, its decision, the decision's sponsoring unit (group id and
 * name, both empty until the head names it at initiation), its stage (the process it runs in:
 * key and Chinese name), its deadline light (dates for the templates).
 */
public record TaskSummary(String id, String name, String taskKey, String formKey, String decisionReference,
                          String decisionTitle, String sponsorUnit, String sponsorUnitName, String processKey,
                          String stage, String assignee, boolean groupTask, Date created, Date due, Date ended,
                          DueLight light) {
}
