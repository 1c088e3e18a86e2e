package cn.juece.execution;

import static cn.juece.procedure.FormField.bool;
import static cn.juece.procedure.FormField.choice;
import static cn.juece.procedure.FormField.date;
import static cn.juece.procedure.FormField.text;
import static cn.juece.procedure.FormField.user;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.procedure.TaskInput;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;
import cn.juece.security.Directory;

/** Execution, suspension and post-evaluation (Art. 34-37). */
@Component
class ExecutionRules implements TaskRuleSet {

    private final Directory directory;
    private final Dossier dossier;

    ExecutionRules(Directory directory, Dossier dossier) {
        this.directory = directory;
        this.dossier = dossier;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask("Task_AssignExecution")
                        .field(text("executionUnit", "决策执行单位").maxLength(60))
                        .field(date("executionDeadline", "执行期限"))
                        .field(text("executionRequirements", "执行要求和反馈要求"))
                        .check(this::executionUnitAndDeadlineValid),
                TaskRule.forTask("Task_ExecuteDecision")
                        .field(text("completionReport", "执行完成情况报告")),
                TaskRule.forTask("Task_ReportProgress")
                        .field(text("progress", "执行进展"))
                        .field(bool("problemReported", "是否报告重大问题"))
                        .field(text("problemDescription", "问题情况（重大问题、情势变更或不可抗力）").optional())
                        .check(input -> {
                            if (input.isTrue("problemReported") && !input.has("problemDescription")) {
                                input.reject("problemDescription", "报告问题的，须说明问题情况");
                            }
                        }),
                TaskRule.forTask("Task_DecideSuspension")
                        .field(bool("suspend", "是否中止执行"))
                        .field(text("suspensionReason", "决定理由")),
                TaskRule.forTask("Task_DecidePostEvaluation")
                        .field(bool("postEvaluationOrdered", "是否开展决策后评估"))
                        .field(user("postEvaluator", "后评估承担人").optional())
                        .field(text("evaluationGrounds", "决定理由"))
                        .check(this::evaluatorIsNotThePreDecisionAssessor),
                TaskRule.forTask("Task_PostEvaluate")
                        .field(text("evaluationReport", "后评估报告"))
                        .field(choice("evaluationOutcome", "评估结论", "CONTINUE", "继续执行",
                                "ADJUST", "调整决策（作为新决策重新履行程序）", "STOP", "停止执行")));
    }

    private void executionUnitAndDeadlineValid(TaskInput input) {
        if (!directory.isUnit(input.text("executionUnit"))) {
            input.reject("executionUnit", "执行单位「" + input.text("executionUnit") + "」不存在");
        }
        if (!input.date("executionDeadline").isAfter(input.today())) {
            input.reject("executionDeadline", "执行期限应晚于今天");
        }
    }

    private void evaluatorIsNotThePreDecisionAssessor(TaskInput input) {
        if (!input.isTrue("postEvaluationOrdered")) {
            return;
        }
        String evaluator = input.text("postEvaluator");
        if (evaluator == null) {
            input.reject("postEvaluator", "开展后评估的，须明确后评估承担人");
            return;
        }
        if (!directory.isInGroup(evaluator, "assessor")) {
            input.reject("postEvaluator", "「" + evaluator + "」不是评估机构人员");
        }
        boolean assessedBefore = dossier.entries(input.decisionId()).stream()
                .anyMatch(e -> "Task_AssessRisk".equals(e.activityId()) && evaluator.equals(e.actor()));
        if (assessedBefore) {
            input.reject("postEvaluator", "后评估不得由承担决策前主要评估论证工作的单位或人员进行（条例第三十六条）");
        }
    }
}
