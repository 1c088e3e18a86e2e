package cn.juece.expert;

import static cn.juece.procedure.FormField.bool;
import static cn.juece.procedure.FormField.text;
import static cn.juece.procedure.FormField.users;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcedureSettings;
import cn.juece.procedure.TaskInput;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;
import cn.juece.security.Directory;

/** Expert argumentation: independent experts, signed written opinions (Art. 19-21). */
@Component
class ExpertRules implements TaskRuleSet {

    private final ProcedureSettings settings;
    private final Directory directory;

    ExpertRules(ProcedureSettings settings, Directory directory) {
        this.settings = settings;
        this.directory = directory;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask("Task_SelectExperts")
                        .field(users("expertIds", "论证专家"))
                        .field(text("selectionBasis", "遴选说明（专业性、代表性、中立性）"))
                        .field(bool("differingViewsIncluded", "已包含持不同意见的专家"))
                        .field(bool("noDirectInterest", "所选专家与决策事项无直接利害关系"))
                        .mustConfirm("noDirectInterest", "不得选择与决策事项有直接利害关系的专家（条例第二十条）")
                        .check(this::expertsAreEnoughAndFromThePool),
                TaskRule.forTask("Task_SubmitExpertOpinion")
                        .field(text("expertOpinion", "论证意见"))
                        .field(text("signature", "专家签名").maxLength(100))
                        .field(bool("signed", "本人确认签署"))
                        .mustConfirm("signed", "论证意见须由专家本人签署"));
    }

    private void expertsAreEnoughAndFromThePool(TaskInput input) {
        List<String> experts = input.userIds("expertIds");
        if (experts.size() < settings.minExperts()) {
            input.reject("expertIds", "论证专家不得少于 " + settings.minExperts() + " 名");
        }
        experts.stream().filter(id -> !directory.isInGroup(id, "expert"))
                .forEach(id -> input.reject("expertIds", "「" + id + "」不在专家库中"));
    }
}
