package cn.juece.decision;

import static cn.juece.procedure.FormField.bool;
import static cn.juece.procedure.FormField.text;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.procedure.TaskInput;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;
import cn.juece.security.Directory;

/** Initiation, drafting and the choice of procedures (Art. 10-13, 26). */
@Component
class DecisionRules implements TaskRuleSet {

    private final Directory directory;
    private final RiskFindings risk;

    DecisionRules(Directory directory, RiskFindings risk) {
        this.directory = directory;
        this.risk = risk;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask("Task_DecideInitiation")
                        .field(bool("initiationApproved", "是否启动决策"))
                        .field(text("sponsorUnit", "决策承办单位").optional().maxLength(60))
                        .field(text("initiationOpinion", "启动意见"))
                        .check(this::startedDecisionNamesItsSponsor),
                TaskRule.forTask("Task_DraftDecision")
                        .field(text("draftText", "决策草案"))
                        .field(text("draftExplanation", "起草说明"))
                        .field(text("costBenefitAnalysis", "成本效益分析").optional())
                        .field(text("alternatives", "备选方案").optional())
                        .field(text("disagreements", "未协调一致的部门意见").optional())
                        .field(bool("notPublic", "依法不予公开"))
                        .field(text("notPublicReason", "不予公开的法律依据").optional())
                        .field(bool("affectsVitalInterests", "直接涉及群众切身利益"))
                        .field(bool("viewsDivergeStrongly", "各方面意见分歧较大"))
                        .field(bool("technical", "专业性、技术性较强"))
                        .field(bool("riskToStability", "可能影响社会稳定、公共安全等"))
                        .check(this::divergentViewsNeedAlternatives)
                        .check(this::notPublicOnlyWithItsLegalBasis)
                        .check(this::highRiskIsAssessedAgain),
                TaskRule.forTask("Task_ConfirmProcedures")
                        .field(bool("skipParticipation", "不开展公众参与"))
                        .field(text("skipParticipationReason", "不开展公众参与的法定理由").optional())
                        .field(bool("skipExpert", "不开展专家论证"))
                        .field(text("skipExpertReason", "不开展专家论证的法定理由").optional())
                        .field(bool("skipRisk", "不开展风险评估"))
                        .field(text("skipRiskReason", "不开展风险评估的法定理由").optional())
                        .check(ProcedureSkips::requiredStepSkippedOnlyWithReason)
                        .check(input -> {
                            if (input.isTrue("skipRisk") && risk.lastAssessedHigh(input.decisionId())) {
                                input.reject("skipRisk", "前次风险评估为高风险，不得跳过重新评估");
                            }
                        }));
    }

    private void startedDecisionNamesItsSponsor(TaskInput input) {
        if (!input.isTrue("initiationApproved")) {
            return;
        }
        if (!input.has("sponsorUnit")) {
            input.reject("sponsorUnit", "决定启动的，应当明确决策承办单位");
        } else if (!directory.isUnit(input.text("sponsorUnit"))) {
            input.reject("sponsorUnit", "决策承办单位「" + input.text("sponsorUnit") + "」不存在");
        }
    }

    private void notPublicOnlyWithItsLegalBasis(TaskInput input) {
        if (input.isTrue("notPublic") && !input.has("notPublicReason")) {
            input.reject("notPublicReason", "依法不予公开的，须写明法律依据；不公开将不开展公众参与、不公布决策");
        }
    }

    /** After a high-risk finding the redesigned draft is assessed again (Art. 24). */
    private void highRiskIsAssessedAgain(TaskInput input) {
        if (risk.lastAssessedHigh(input.decisionId()) && !input.isTrue("riskToStability")) {
            input.reject("riskToStability", "前次风险评估为高风险，重新设计的草案须重新开展风险评估");
        }
    }

    private void divergentViewsNeedAlternatives(TaskInput input) {
        if (input.isTrue("viewsDivergeStrongly") && !input.has("alternatives")) {
            input.reject("alternatives", "各方面意见分歧较大的，应当提出两个以上备选方案（条例第十三条）");
        }
    }
}
