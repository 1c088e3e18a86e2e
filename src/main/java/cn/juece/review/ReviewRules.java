package cn.juece.review;

import static cn.juece.procedure.FormField.bool;
import static cn.juece.procedure.FormField.choice;
import static cn.juece.procedure.FormField.date;
import static cn.juece.procedure.FormField.text;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.calendar.WorkingDayCalendar;
import cn.juece.procedure.ProcedureSettings;
import cn.juece.procedure.ProcessVariables;
import cn.juece.procedure.TaskInput;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;

/** Legality review (Art. 25-28): materials, the reviewer's guaranteed time, the outcomes. */
@Component
class ReviewRules implements TaskRuleSet {

    private final ProcedureSettings settings;
    private final WorkingDayCalendar calendar;

    ReviewRules(ProcedureSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask("Task_SubmitForReview")
                        .field(text("materialsList", "报送材料清单"))
                        .field(text("legalBasis", "制定依据"))
                        .field(text("proceduresAccount", "履行决策程序情况说明"))
                        .field(date("plannedMeetingDate", "拟提请会议审议日期"))
                        .check(this::reviewerGetsTheMinimumTime),
                TaskRule.forTask("Task_ReviewLegality")
                        .field(choice("reviewOutcome", "审查结论",
                                ReviewOutcome.LAWFUL.name(), "合法",
                                ReviewOutcome.LAWFUL_WITH_CHANGES.name(), "修改后合法",
                                ReviewOutcome.UNLAWFUL.name(), "不合法",
                                ReviewOutcome.EXPLORATORY.name(), "探索性改革，载明法律风险后可提交",
                                ReviewOutcome.RETURNED.name(), "材料不齐，退回补充"))
                        .field(text("opinionLetter", "合法性审查意见书"))
                        .field(text("legalAdviserOpinion", "法律顾问、公职律师意见").optional())
                        .field(text("requiredChanges", "须修改的内容").optional())
                        .field(text("legalRiskStatement", "法律风险提示").optional())
                        .field(text("missingMaterials", "须补充的材料").optional())
                        .check(this::outcomeCarriesItsParticulars),
                TaskRule.forTask("Task_ApplyReviewChanges")
                        .field(text("changesApplied", "逐项修改情况"))
                        .field(bool("allChangesApplied", "已按审查意见全部修改"))
                        .mustConfirm("allChangesApplied", "须按合法性审查意见全部修改后方可提请审议"));
    }

    private void reviewerGetsTheMinimumTime(TaskInput input) {
        String region = (String) input.variable(ProcessVariables.REGION);
        int minimum = settings.reviewMinimumWorkdays();
        LocalDate lastReviewDay = calendar.plusWorkingDays(input.today(), minimum, region);
        if (!input.date("plannedMeetingDate").isAfter(lastReviewDay)) {
            input.reject("plannedMeetingDate", "拟提请会议审议日期须晚于 " + lastReviewDay
                    + "，以保证合法性审查机构不少于 " + minimum + " 个工作日的审查时间（条例第二十七条）");
        }
    }

    private void outcomeCarriesItsParticulars(TaskInput input) {
        switch (ReviewOutcome.valueOf(input.text("reviewOutcome"))) {
            case LAWFUL_WITH_CHANGES -> require(input, "requiredChanges", "结论为修改后合法的，须列明须修改的内容");
            case RETURNED -> require(input, "missingMaterials", "退回补充材料的，须列明须补充的材料");
            case EXPLORATORY -> {
                if (!Boolean.TRUE.equals(input.variable(ProcessVariables.EXPLORATORY_REFORM))) {
                    input.reject("reviewOutcome", "只有探索性改革事项可以在载明法律风险后提交审议");
                }
                require(input, "legalRiskStatement", "探索性改革须载明法律风险");
            }
            default -> {
            }
        }
    }

    private static void require(TaskInput input, String field, String message) {
        if (!input.has(field)) {
            input.reject(field, message);
        }
    }
}
