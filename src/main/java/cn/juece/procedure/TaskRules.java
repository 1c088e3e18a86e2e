package cn.juece.procedure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every task rule of every capability, by task definition key. */
@Component
public class TaskRules {

    private final Map<String, TaskRule> byTaskKey = new HashMap<>();

    public TaskRules(List<TaskRuleSet> ruleSets) {
        ruleSets.stream().flatMap(set -> set.rules().stream()).forEach(rule -> {
            if (byTaskKey.putIfAbsent(rule.taskKey(), rule) != null) {
                throw new IllegalStateException("Two rules declared for task " + rule.taskKey());
            }
        });
    }

    public Optional<TaskRule> forTask(String taskKey) {
        return Optional.ofNullable(byTaskKey.get(taskKey));
    }
}
