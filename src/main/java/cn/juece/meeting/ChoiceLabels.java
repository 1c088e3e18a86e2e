package cn.juece.meeting;

import org.springframework.stereotype.Component;

import cn.juece.procedure.FormField;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRules;

/** The Chinese label of a recorded choice, as the task's form offered it; the code if unknown. */
@Component
class ChoiceLabels {

    private final TaskRules rules;

    ChoiceLabels(TaskRules rules) {
        this.rules = rules;
    }

    String of(String taskKey, String field, Object code) {
        if (code == null) {
            return "";
        }
        return rules.forTask(taskKey).map(TaskRule::fields).orElseThrow().stream()
                .filter(f -> f.name().equals(field)).findFirst()
                .map(FormField::choices).map(choices -> choices.get(code.toString()))
                .orElse(code.toString());
    }
}
