package cn.juece.risk;

import static cn.juece.procedure.FormField.choice;
import static cn.juece.procedure.FormField.text;
import static cn.juece.procedure.FormField.user;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;
import cn.juece.security.Directory;

/** Risk assessment: risk points, measures, contingency plan and a level (Art. 22-24). */
@Component
class RiskRules implements TaskRuleSet {

    private final Directory directory;

    RiskRules(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask("Task_CommissionRiskAssessment")
                        .field(user("riskAssessor", "风险评估承担人"))
                        .field(text("assessmentScope", "评估范围和要求"))
                        .check(input -> {
                            if (!directory.isInGroup(input.text("riskAssessor"), "assessor")) {
                                input.reject("riskAssessor", "「" + input.text("riskAssessor") + "」不是风险评估单位人员");
                            }
                        }),
                TaskRule.forTask("Task_AssessRisk")
                        .field(text("riskPoints", "风险点"))
                        .field(text("preventionMeasures", "风险防范措施"))
                        .field(text("contingencyPlan", "处置预案"))
                        .field(choice("riskLevel", "风险等级", "LOW", "低", "MEDIUM", "中", "HIGH", "高")));
    }
}
