package cn.juece.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.procedure.ActivityGuard;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ProcessVariables;

/**
 * A draft goes to the legality review only after every procedure required for it was done,
 * or skipped with its recorded reason, and the draft was revised afterwards (Art. 26): a
 * token moved straight to the review is refused.
 */
@Component
class ReviewAdmission implements ActivityGuard {

    /** Each skippable procedure: its skip field and the task whose completion shows it done. */
    private static final List<Procedure> PROCEDURES = List.of(
            new Procedure("PARTICIPATION", "skipParticipation", "Task_SortPublicOpinions", "公众参与"),
            new Procedure("EXPERT", "skipExpert", "Task_SubmitExpertOpinion", "专家论证"),
            new Procedure("RISK", "skipRisk", "Task_AssessRisk", "风险评估"));

    static final String NORMATIVE_DRAFT_TASK = "Task_DraftNormativeDocument";

    private final Dossier dossier;

    ReviewAdmission(Dossier dossier) {
        this.dossier = dossier;
    }

    @Override
    public Set<String> guardedElements() {
        return Set.of("CallActivity_LegalityReview", "LegalityReviewProcess");
    }

    @Override
    public void check(DelegateExecution execution) {
        long decisionId = ProcessVariables.decisionId(execution);
        Optional<DossierEntry> normativeDraft = dossier.latest(decisionId, NORMATIVE_DRAFT_TASK);
        if (normativeDraft.isPresent()) {
            checkNormativeDocument(decisionId, normativeDraft.get());
            return;
        }
        List<?> required = execution.getVariable("requiredProcedures") instanceof List<?> list ? list : List.of();
        DossierEntry confirmed = dossier.latest(decisionId, "Task_ConfirmProcedures")
                .orElseThrow(() -> refuse("尚未确认决策程序"));
        Map<String, Object> plan = dossier.content(confirmed);
        for (Procedure procedure : PROCEDURES) {
            boolean skipped = Boolean.TRUE.equals(plan.get(procedure.skipField()));
            if (required.contains(procedure.code()) && !skipped
                    && !isAfter(dossier.latest(decisionId, procedure.doneBy()), confirmed)) {
                throw refuse("依法应当开展的" + procedure.name() + "尚未完成");
            }
        }
        if (!isAfter(dossier.latest(decisionId, "Task_ReviseDraft"), confirmed)) {
            throw refuse("决策草案尚未根据各方面意见修改完善");
        }
    }

    /**
     * A normative document has no catalogue of procedures to confirm: its draft is reviewed
     * once drafted, and again only after it was redrafted since its last review.
     */
    private void checkNormativeDocument(long decisionId, DossierEntry draft) {
        if (isAfter(dossier.latest(decisionId, "Task_ReviewLegality"), draft)) {
            throw refuse("规范性文件草案尚未根据审查或会议意见重新起草");
        }
    }

    private static boolean isAfter(Optional<DossierEntry> later, DossierEntry entry) {
        return later.map(e -> e.id() > entry.id()).orElse(false);
    }

    private static ProcedureViolation refuse(String why) {
        return new ProcedureViolation(why + "，不得提请合法性审查");
    }

    private record Procedure(String code, String skipField, String doneBy, String name) {
    }
}
