package cn.juece.meeting;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.procedure.ActivityGuard;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ProcessVariables;

/**
 * Only a decision the head adopted at a meeting, on the draft last reviewed, is published or
 * executed (Art. 30, 32), and only a normative document so adopted is numbered and published:
 * not one that reached these steps by a shortcut.
 */
@Component
class AdoptionGuard implements ActivityGuard {

    private final Dossier dossier;

    AdoptionGuard(Dossier dossier) {
        this.dossier = dossier;
    }

    @Override
    public Set<String> guardedElements() {
        return Set.of("Task_PublishDecision", "CallActivity_DecisionExecution",
                "Task_RegisterNumber", "Task_PublishNormativeDocument");
    }

    @Override
    public void check(DelegateExecution execution) {
        long decisionId = ProcessVariables.decisionId(execution);
        DossierEntry decided = dossier.latest(decisionId, HeadSpeaksLast.HEAD_TASK)
                .orElseThrow(() -> new ProcedureViolation("决策未经集体讨论决定，不得公布或执行（条例第三十条）"));
        Object outcome = dossier.content(decided).get("meetingOutcome");
        boolean adopted = "ADOPT".equals(outcome) || "ADOPT_WITH_CHANGES".equals(outcome);
        boolean onTheReviewedDraft = dossier.latest(decisionId, "Task_ReviewLegality")
                .map(review -> decided.id() > review.id()).orElse(false);
        if (!adopted || !onTheReviewedDraft) {
            throw new ProcedureViolation("决策未经集体讨论通过，不得公布或执行（条例第三十条）");
        }
    }
}
