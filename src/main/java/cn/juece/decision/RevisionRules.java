package cn.juece.decision;

import static cn.juece.procedure.FormField.bool;
import static cn.juece.procedure.FormField.date;
import static cn.juece.procedure.FormField.text;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.procedure.TaskInput;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;

/** Revision after the consultations, the party committee report and publication (Art. 18, 31, 32). */
@Component
class RevisionRules implements TaskRuleSet {

    private final OpinionAdoptions adoptions;

    RevisionRules(OpinionAdoptions adoptions) {
        this.adoptions = adoptions;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask("Task_ReviseDraft")
                        .field(text("revisedDraft", "修改后的决策草案"))
                        .field(text("revisionExplanation", "修改说明"))
                        .field(text("opinionAdoptions", "意见采纳情况").optional().maxLength(200_000))
                        .field(text("riskMitigation", "风险防范化解措施落实情况").optional())
                        .check(adoptions::everyOpinionAnswered)
                        .check(this::mediumRiskMitigatedFirst),
                TaskRule.forTask("Task_ReportToPartyCommittee")
                        .field(text("reportSummary", "请示报告内容"))
                        .field(date("reportedOn", "报告日期"))
                        .field(bool("partyCommitteeConsent", "党委是否同意"))
                        .field(text("committeeResponse", "党委意见"))
                        .check(this::reportNotDatedInTheFuture),
                TaskRule.forTask("Task_PublishDecision")
                        .field(text("documentNumber", "文号").maxLength(100))
                        .field(text("publicationChannels", "公布渠道"))
                        .field(date("publishedOn", "公布日期"))
                        .field(text("adoptionExplanation", "公众意见、专家论证意见采纳情况说明"))
                        .check(this::publicationNotDatedInTheFuture));
    }

    private void mediumRiskMitigatedFirst(TaskInput input) {
        if ("MEDIUM".equals(input.variable("riskLevel")) && !input.has("riskMitigation")) {
            input.reject("riskMitigation", "风险等级为中的，应当先落实防范化解措施并说明");
        }
    }

    private void reportNotDatedInTheFuture(TaskInput input) {
        if (input.date("reportedOn").isAfter(input.today())) {
            input.reject("reportedOn", "报告日期不能晚于今天");
        }
    }

    private void publicationNotDatedInTheFuture(TaskInput input) {
        if (input.date("publishedOn").isAfter(input.today())) {
            input.reject("publishedOn", "公布日期不能晚于今天");
        }
    }

}
