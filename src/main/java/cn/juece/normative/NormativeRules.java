package cn.juece.normative;

import static cn.juece.procedure.FormField.bool;
import static cn.juece.procedure.FormField.choice;
import static cn.juece.procedure.FormField.date;
import static cn.juece.procedure.FormField.text;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.procedure.ShanghaiTime;
import cn.juece.procedure.TaskInput;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;

/**
 * Normative documents: drafted with an explanation, numbered once, published with a bounded
 * validity, filed with the higher authority in time (or late with the reason), assessed before
 * expiry and cleaned up periodically.
 */
@Component
class NormativeRules implements TaskRuleSet {

    private final NormativeSettings settings;
    private final NormativeNumbers numbers;

    NormativeRules(NormativeSettings settings, NormativeNumbers numbers) {
        this.settings = settings;
        this.numbers = numbers;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask("Task_DraftNormativeDocument")
                        .field(text("draftText", "文件草案"))
                        .field(text("draftExplanation", "起草说明"))
                        .field(text("consultationAccount", "征求意见情况")),
                TaskRule.forTask("Task_RegisterNumber")
                        .field(text("documentTitle", "文件名称").maxLength(300))
                        .field(bool("adoptedTextConfirmed", "登记的文本与会议通过的文本一致"))
                        .mustConfirm("adoptedTextConfirmed", "只能登记会议审议通过的文本")
                        .check(this::numberedOnlyOnce),
                TaskRule.forTask("Task_PublishNormativeDocument")
                        .field(text("publicationChannels", "公布渠道"))
                        .field(date(NormativeVariables.PUBLISHED_ON, "公布日期"))
                        .field(date(NormativeVariables.EFFECTIVE_FROM, "施行日期"))
                        .field(date(NormativeVariables.VALID_UNTIL, "有效期至"))
                        .check(this::validityBoundedFromPublication),
                TaskRule.forTask("Task_FileWithHigherAuthority")
                        .field(text("filingAuthority", "备案审查机关"))
                        .field(date("filedOn", "报送备案日期"))
                        .field(text("filingMaterials", "报送材料"))
                        .field(text("lateFilingReason", "逾期报送原因").optional())
                        .check(this::filedInTimeOrLateWithReason),
                TaskRule.forTask("Task_DecideOnExpiry")
                        .field(choice("expiryDecision", "评估结论", "REISSUE", "需要继续实施，重新制定发布",
                                "LAPSE", "不再实施，届满自动失效"))
                        .field(text("expiryAssessment", "评估意见")),
                TaskRule.forTask("Task_CleanUpReview")
                        .field(choice("cleanUpOutcome", "清理结论", "KEEP", "继续有效", "AMEND", "修改",
                                "REPEAL", "废止"))
                        .field(text("cleanUpOpinion", "清理意见")));
    }

    private void numberedOnlyOnce(TaskInput input) {
        numbers.find(input.decisionId()).ifPresent(number -> input.reject("adoptedTextConfirmed",
                "该规范性文件已统一编号为 " + number + "，不得重复登记编号"));
    }

    private void validityBoundedFromPublication(TaskInput input) {
        LocalDate published = input.date(NormativeVariables.PUBLISHED_ON);
        LocalDate effective = input.date(NormativeVariables.EFFECTIVE_FROM);
        LocalDate validUntil = input.date(NormativeVariables.VALID_UNTIL);
        if (published.isAfter(input.today())) {
            input.reject(NormativeVariables.PUBLISHED_ON, "公布日期不能晚于今天");
        }
        if (effective.isBefore(published)) {
            input.reject(NormativeVariables.EFFECTIVE_FROM, "施行日期不能早于公布日期");
        }
        LocalDate longest = effective.plusYears(settings.maxValidityYears()).minusDays(1);
        if (!validUntil.isAfter(effective)) {
            input.reject(NormativeVariables.VALID_UNTIL, "有效期截止日期须晚于施行日期");
        } else if (validUntil.isAfter(longest)) {
            input.reject(NormativeVariables.VALID_UNTIL, "规范性文件有效期不得超过 " + settings.maxValidityYears()
                    + " 年，最迟至 " + longest);
        }
    }

    private void filedInTimeOrLateWithReason(TaskInput input) {
        LocalDate filed = input.date("filedOn");
        LocalDate published = ShanghaiTime.toLocalDate((Date) input.variable(NormativeVariables.PUBLISHED_ON));
        int days = ((Number) input.variable(NormativeVariables.FILING_DAYS)).intValue();
        LocalDate lastDay = NormativeDeadlines.filingLastDay(published, days);
        if (filed.isAfter(input.today())) {
            input.reject("filedOn", "报送备案日期不能晚于今天");
        } else if (filed.isBefore(published)) {
            input.reject("filedOn", "报送备案日期不能早于公布日期 " + published);
        } else if (filed.isAfter(lastDay) && !input.has("lateFilingReason")) {
            input.reject("lateFilingReason", "应当自公布之日起 " + days + " 日内（" + lastDay
                    + " 前）报送备案；逾期报送的，须说明原因");
        }
    }
}
