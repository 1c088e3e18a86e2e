package cn.juece.meeting;

import static cn.juece.procedure.FormField.choice;
import static cn.juece.procedure.FormField.date;
import static cn.juece.procedure.FormField.text;
import static cn.juece.procedure.FormField.user;
import static cn.juece.procedure.FormField.users;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcedureSettings;
import cn.juece.procedure.TaskInput;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;
import cn.juece.security.Directory;
import cn.juece.security.Groups;

/** Collective discussion (Art. 29-30): quorum, every member's opinion, the head last. */
@Component
class MeetingRules implements TaskRuleSet {

    private final ProcedureSettings settings;
    private final Directory directory;
    private final MeetingRecord meeting;
    private final HeadSpeaksLast headSpeaksLast;

    MeetingRules(ProcedureSettings settings, Directory directory, MeetingRecord meeting,
                 HeadSpeaksLast headSpeaksLast) {
        this.settings = settings;
        this.directory = directory;
        this.meeting = meeting;
        this.headSpeaksLast = headSpeaksLast;
    }

    @Override
    public List<TaskRule> rules() {
        return List.of(
                TaskRule.forTask(MeetingRecord.SCHEDULE_TASK)
                        .field(choice("meetingType", "会议类型", "EXECUTIVE", "政府常务会议",
                                "PLENARY", "政府全体会议", "LEADERSHIP", "部门领导班子会议"))
                        .field(date("meetingDate", "会议日期"))
                        .field(users("presentMemberIds", "出席的会议组成人员"))
                        .field(user("meetingHead", "主持会议的行政首长"))
                        .check(this::meetingIsQuorateAndWellFormed)
                        .check(input -> {
                            if (meeting.anyoneHasSpoken(input.task().getProcessInstanceId())) {
                                input.reject(null, "已有会议组成人员发表意见，会议不能重新安排");
                            }
                        }),
                TaskRule.forTask(MeetingRecord.MEMBER_TASK)
                        .field(choice("memberOpinion", "表态", "AGREE", "同意",
                                "AGREE_WITH_CHANGES", "修改后同意", "DISAGREE", "不同意"))
                        .field(text("opinionText", "发表的意见"))
                        .check(this::spokenAtTheMeeting),
                TaskRule.forTask(HeadSpeaksLast.HEAD_TASK)
                        .field(choice("meetingOutcome", "决定", "ADOPT", "通过",
                                "ADOPT_WITH_CHANGES", "修改后通过", "POSTPONE", "暂缓，再次研究", "REJECT", "不予通过"))
                        .field(text("headStatement", "行政首长表态"))
                        .field(text("requiredChanges", "须作的修改").optional())
                        .field(text("differsReason", "与多数人意见不一致的理由").optional())
                        .check(this::spokenAtTheMeeting)
                        .check(input -> headSpeaksLast.check(input.task().getProcessInstanceId()))
                        .check(this::changesListed)
                        .check(this::differingFromMajorityNeedsReasons));
    }

    private void meetingIsQuorateAndWellFormed(TaskInput input) {
        // the membership is the directory's, not a number typed in with the schedule
        int total = directory.members(Groups.MEMBER).size();
        List<String> present = input.userIds("presentMemberIds");
        String head = input.text("meetingHead");
        if (present.size() <= total * settings.quorumShare()) {
            input.reject("presentMemberIds", "出席人数 " + present.size() + " 人，未超过组成人员 " + total
                    + " 人的法定比例，会议不能举行");
        }
        present.stream().filter(id -> !directory.isInGroup(id, "member"))
                .forEach(id -> input.reject("presentMemberIds", "「" + id + "」不是会议组成人员"));
        if (!directory.isInGroup(head, "head")) {
            input.reject("meetingHead", "「" + head + "」不是行政首长");
        }
        if (present.contains(head)) {
            input.reject("presentMemberIds", "行政首长单独最后表态，不列入发表意见的会议组成人员");
        }
        if (input.date("meetingDate").isBefore(input.today())) {
            input.reject("meetingDate", "会议日期不能早于今天");
        }
    }

    /** Opinions are stated at the meeting, not before its day. */
    private void spokenAtTheMeeting(TaskInput input) {
        LocalDate meetingDay = meeting.meetingDate(input.task().getProcessInstanceId());
        if (meetingDay != null && input.today().isBefore(meetingDay)) {
            input.reject(null, "会议定于 " + meetingDay + " 举行，会前不能发表意见或作出决定");
        }
    }

    private void changesListed(TaskInput input) {
        if ("ADOPT_WITH_CHANGES".equals(input.text("meetingOutcome")) && !input.has("requiredChanges")) {
            input.reject("requiredChanges", "修改后通过的，须列明须作的修改");
        }
    }

    private void differingFromMajorityNeedsReasons(TaskInput input) {
        Map<String, String> opinions = meeting.opinions(input.task().getProcessInstanceId());
        int agreeing = MeetingRecord.agreeing(opinions).size();
        int disagreeing = opinions.size() - agreeing;
        String outcome = input.text("meetingOutcome");
        boolean headAgrees = outcome.startsWith("ADOPT");
        boolean differs = headAgrees ? disagreeing * 2 > opinions.size() : agreeing * 2 > opinions.size();
        if (differs && !input.has("differsReason")) {
            input.reject("differsReason", "行政首长的决定与会议组成人员多数人意见不一致的，应当在会上说明理由（条例第三十条）");
        }
    }
}
