package cn.juece.meeting;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.procedure.ActivityGuard;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ProcessVariables;
import cn.juece.review.ReviewOutcome;

/**
 * A draft reaches the collective discussion only with a lawful review of its current text on
 * record (Art. 28), the review's changes applied, no meeting decision taken on that review
 * yet, and the party committee's consent where the decision's frozen settings require that
 * report. Checked against the dossier whenever any meeting step starts.
 */
@Component
class MeetingAdmission implements ActivityGuard {

    private final Dossier dossier;
    private final DecisionWorkflow decisions;

    MeetingAdmission(Dossier dossier, DecisionWorkflow decisions) {
        this.dossier = dossier;
        this.decisions = decisions;
    }

    @Override
    public Set<String> guardedElements() {
        return Set.of("CallActivity_CollectiveDiscussion", "CollectiveDiscussionProcess",
                MeetingRecord.SCHEDULE_TASK, MeetingRecord.MEMBER_TASK, HeadSpeaksLast.HEAD_TASK);
    }

    @Override
    public void check(DelegateExecution execution) {
        Object decisionId = execution.getVariable(ProcessVariables.DECISION_ID);
        if (decisionId == null) {
            throw new ProcedureViolation("会议讨论必须针对已登记的决策事项");
        }
        check(((Number) decisionId).longValue());
    }

    void check(long decisionId) {
        DossierEntry review = dossier.latest(decisionId, "Task_ReviewLegality")
                .filter(entry -> after(entry, dossier.latest(decisionId, "Task_SubmitForReview")))
                .orElseThrow(() -> refuse("决策草案未经合法性审查"));
        ReviewOutcome outcome = ReviewOutcome.valueOf((String) dossier.content(review).get("reviewOutcome"));
        if (!ReviewOutcome.ADMITTING.contains(outcome)) {
            throw refuse("合法性审查结论为「" + label(outcome) + "」");
        }
        if (isAfter(dossier.latest(decisionId, "Task_ReviseDraft"), review)
                || isAfter(dossier.latest(decisionId, "Task_DraftDecision"), review)
                || isAfter(dossier.latest(decisionId, "Task_DraftNormativeDocument"), review)) {
            throw refuse("决策草案在合法性审查后又作了修改，须重新审查");
        }
        if (isAfter(dossier.latest(decisionId, HeadSpeaksLast.HEAD_TASK), review)) {
            throw refuse("会议已就本次审查的草案作出决定；暂缓的草案须修改并重新审查");
        }
        if (outcome == ReviewOutcome.LAWFUL_WITH_CHANGES
                && !isAfter(dossier.latest(decisionId, "Task_ApplyReviewChanges"), review)) {
            throw refuse("尚未按合法性审查意见修改");
        }
        boolean reportRequired = decisions.find(decisionId).map(Decision::partyCommitteeReportRequired).orElse(true);
        if (reportRequired) {
            boolean consented = dossier.latest(decisionId, "Task_ReportToPartyCommittee")
                    .filter(report -> report.id() > review.id())
                    .map(report -> Boolean.TRUE.equals(dossier.content(report).get("partyCommitteeConsent")))
                    .orElse(false);
            if (!consented) {
                throw refuse("尚未向党委请示报告并取得同意");
            }
        }
    }

    private static boolean after(DossierEntry entry, Optional<DossierEntry> earlier) {
        return earlier.map(e -> entry.id() > e.id()).orElse(false);
    }

    private static boolean isAfter(Optional<DossierEntry> later, DossierEntry entry) {
        return later.map(e -> e.id() > entry.id()).orElse(false);
    }

    private static ProcedureViolation refuse(String why) {
        return new ProcedureViolation(why + "，不得提交集体讨论（条例第二十八条）");
    }

    private static String label(ReviewOutcome outcome) {
        return switch (outcome) {
            case UNLAWFUL -> "不合法";
            case RETURNED -> "退回补充材料";
            default -> outcome.name();
        };
    }
}
