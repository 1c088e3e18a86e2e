package cn.juece.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.procedure.ProcedureViolation;

/**
 * What one meeting has on record: who was present (from the scheduling step) and what each
 * member said. Read from the dossier, not from process variables, so it cannot be forged
 * through the engine API.
 */
@Component
public class MeetingRecord {

    static final String SCHEDULE_TASK = "Task_ScheduleMeeting";
    static final String MEMBER_TASK = "Task_MemberOpinion";

    private final Dossier dossier;

    MeetingRecord(Dossier dossier) {
        this.dossier = dossier;
    }

    public List<String> presentMembers(String meetingProcessInstanceId) {
        Object ids = dossier.content(schedule(meetingProcessInstanceId)).get("presentMemberIds");
        return ids instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
    }

    /**
     * Each present member's stated position, in speaking order: only what was said after the
     * meeting was (last) scheduled, and only by members recorded as present.
     */
    public Map<String, String> opinions(String meetingProcessInstanceId) {
        DossierEntry schedule = schedule(meetingProcessInstanceId);
        List<String> present = presentMembers(meetingProcessInstanceId);
        Map<String, String> byMember = new LinkedHashMap<>();
        for (DossierEntry entry : dossier.entries(meetingProcessInstanceId, MEMBER_TASK)) {
            if (entry.id() > schedule.id() && present.contains(entry.actor())) {
                byMember.put(entry.actor(), String.valueOf(dossier.content(entry).get("memberOpinion")));
            }
        }
        return byMember;
    }

    /** The day the meeting is held, as scheduled. */
    public LocalDate meetingDate(String meetingProcessInstanceId) {
        Object day = dossier.content(schedule(meetingProcessInstanceId)).get("meetingDate");
        return day == null ? null : LocalDate.parse(day.toString());
    }

    /** Whether any member has spoken in this meeting; then it can no longer be rescheduled. */
    public boolean anyoneHasSpoken(String meetingProcessInstanceId) {
        return !dossier.entries(meetingProcessInstanceId, MEMBER_TASK).isEmpty();
    }

    private DossierEntry schedule(String meetingProcessInstanceId) {
        List<DossierEntry> schedules = dossier.entries(meetingProcessInstanceId, SCHEDULE_TASK);
        if (schedules.isEmpty()) {
            throw new ProcedureViolation("会议尚未安排，不能发表意见或作出决定");
        }
        return schedules.get(schedules.size() - 1);
    }

    /** Present members who have not spoken yet; the head may speak only when this is empty. */
    public Set<String> yetToSpeak(String meetingProcessInstanceId) {
        Set<String> missing = new LinkedHashSet<>(presentMembers(meetingProcessInstanceId));
        missing.removeAll(opinions(meetingProcessInstanceId).keySet());
        return missing;
    }

    static List<String> agreeing(Map<String, String> opinions) {
        List<String> agree = new ArrayList<>();
        opinions.forEach((member, opinion) -> {
            if (!"DISAGREE".equals(opinion)) {
                agree.add(member);
            }
        });
        return agree;
    }
}
