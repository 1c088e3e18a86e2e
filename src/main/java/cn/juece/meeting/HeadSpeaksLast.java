package cn.juece.meeting;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ActivityGuard;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.security.Directory;

/** The administrative head speaks last (末位表态, Art. 30): not before every present member has. */
@Component
class HeadSpeaksLast implements ActivityGuard {

    static final String HEAD_TASK = "Task_HeadDecision";

    private final MeetingRecord meeting;
    private final Directory directory;

    HeadSpeaksLast(MeetingRecord meeting, Directory directory) {
        this.meeting = meeting;
        this.directory = directory;
    }

    @Override
    public Set<String> guardedElements() {
        return Set.of(HEAD_TASK);
    }

    @Override
    public void check(DelegateExecution execution) {
        check(execution.getProcessInstanceId());
    }

    void check(String meetingProcessInstanceId) {
        Set<String> missing = meeting.yetToSpeak(meetingProcessInstanceId);
        if (!missing.isEmpty()) {
            throw new ProcedureViolation("会议组成人员 " + String.join("、", missing.stream().map(directory::displayName).toList())
                    + " 尚未发表意见；行政首长应当在会议组成人员发表意见后最后发表意见（条例第三十条）");
        }
    }
}
