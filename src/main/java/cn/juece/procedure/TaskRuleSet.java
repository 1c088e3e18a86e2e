package cn.juece.procedure;

import java.util.List;

/** The task rules of one capability (review, meeting, ...), collected by {@link TaskRules}. */
public interface TaskRuleSet {

    List<TaskRule> rules();
}
