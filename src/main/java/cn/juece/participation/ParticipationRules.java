package cn.juece.participation;

import static cn.juece.procedure.FormField.bool;
import static cn.juece.procedure.FormField.date;
import static cn.juece.procedure.FormField.integer;
import static cn.juece.procedure.FormField.text;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcedureSettings;
import cn.juece.procedure.TaskInput;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;

/** Open consultation and hearings (Art. 14-18). */
@Component
class ParticipationRules implements TaskRuleSet {

    private final ProcedureSettings settings;

    ParticipationRules(ProcedureSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask("Task_PrepareConsultation")
                        .field(text("consultationDraft", "征求意见稿"))
                        .field(text("consultationExplanation", "起草说明"))
                        .field(text("commentChannels", "意见提交方式"))
                        .field(integer("consultationDays", "征求意见期限（日）"))
                        .field(text("shortPeriodReason", "期限少于30日的理由").optional())
                        .check(this::consultationLastsLongEnough),
                TaskRule.forTask("Task_PlanHearing")
                        .field(date("hearingDate", "听证会日期"))
                        .field(text("hearingPlace", "听证会地点"))
                        .field(text("participantSelection", "听证参加人遴选办法"))
                        .field(text("participantList", "听证参加人名单"))
                        .field(date("materialsSentOn", "听证材料送达日期"))
                        .check(this::materialsReachParticipantsInTime),
                TaskRule.forTask("Task_RecordHearing")
                        .field(text("hearingRecord", "听证笔录"))
                        .field(bool("participantsConfirmed", "听证参加人已确认并签字"))
                        .mustConfirm("participantsConfirmed", "听证笔录须经听证参加人确认签字后方可办结"),
                TaskRule.forTask("Task_SortPublicOpinions")
                        .field(text("opinionSummary", "公众意见整理情况")));
    }

    private void consultationLastsLongEnough(TaskInput input) {
        int days = input.integer("consultationDays");
        if (days < 1 || days > 365) {
            input.reject("consultationDays", "征求意见期限应在 1 至 365 日之间");
        } else if (days < settings.minConsultationDays() && !input.has("shortPeriodReason")) {
            input.reject("shortPeriodReason", "征求意见期限一般不少于 " + settings.minConsultationDays()
                    + " 日；少于的须说明理由（条例第十五条）");
        }
    }

    private void materialsReachParticipantsInTime(TaskInput input) {
        var hearing = input.date("hearingDate");
        var sent = input.date("materialsSentOn");
        if (!hearing.isAfter(input.today())) {
            input.reject("hearingDate", "听证会日期应晚于今天");
        }
        if (ChronoUnit.DAYS.between(sent, hearing) < settings.hearingNoticeDays()) {
            input.reject("materialsSentOn", "听证材料应于听证会 " + settings.hearingNoticeDays()
                    + " 日前送达听证参加人（条例第十七条）");
        }
    }
}
