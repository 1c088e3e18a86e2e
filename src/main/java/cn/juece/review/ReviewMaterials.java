package cn.juece.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;

/**
 * What the legality reviewer reviews (Art. 26): the current draft and its explanation, the
 * legal basis, the account of the procedures done, and the legal reason for every required
 * procedure that was skipped. Assembled from the dossier, so nothing the sponsoring unit
 * recorded can be left out of the submission.
 */
@Component
public class ReviewMaterials {

    private static final Map<String, String> SKIPPABLE = Map.of(
            "skipParticipation", "公众参与", "skipExpert", "专家论证", "skipRisk", "风险评估");

    private final Dossier dossier;

    ReviewMaterials(Dossier dossier) {
        this.dossier = dossier;
    }

    public Materials forDecision(long decisionId) {
        Map<String, Object> draft = content(decisionId, "Task_DraftDecision");
        if (draft.isEmpty()) {
            draft = content(decisionId, ReviewAdmission.NORMATIVE_DRAFT_TASK);
        }
        Map<String, Object> revision = content(decisionId, "Task_ReviseDraft");
        Map<String, Object> submission = content(decisionId, "Task_SubmitForReview");
        Map<String, Object> procedures = content(decisionId, "Task_ConfirmProcedures");
        Map<String, Object> review = content(decisionId, "Task_ReviewLegality");
        Map<String, String> skipped = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(draft.get("notPublic"))) {
            skipped.put("公众参与及决策公布（依法不予公开）", String.valueOf(draft.getOrDefault("notPublicReason", "")));
        }
        SKIPPABLE.forEach((field, name) -> {
            if (Boolean.TRUE.equals(procedures.get(field))) {
                skipped.put(name, String.valueOf(procedures.getOrDefault(field + "Reason", "")));
            }
        });
        return new Materials(
                text(revision.getOrDefault("revisedDraft", draft.get("draftText"))),
                text(draft.get("draftExplanation")),
                text(revision.get("revisionExplanation")),
                text(submission.get("legalBasis")),
                text(submission.get("proceduresAccount")),
                text(submission.get("materialsList")),
                skipped,
                text(review.get("reviewOutcome")),
                outcomeLabel(review.get("reviewOutcome")),
                text(review.get("opinionLetter")),
                text(review.get("requiredChanges")));
    }

    private Map<String, Object> content(long decisionId, String activityId) {
        Optional<DossierEntry> entry = dossier.latest(decisionId, activityId);
        return entry.map(dossier::content).orElse(Map.of());
    }

    private static String outcomeLabel(Object outcome) {
        return outcome == null ? "" : outcomeLabel(ReviewOutcome.valueOf(outcome.toString()));
    }

    /** An outcome as the review file records it: EXPLORATORY as done, where the review form offers it. */
    public static String outcomeLabel(ReviewOutcome outcome) {
        return switch (outcome) {
            case LAWFUL -> "合法";
            case LAWFUL_WITH_CHANGES -> "修改后合法";
            case UNLAWFUL -> "不合法";
            case EXPLORATORY -> "探索性改革，已载明法律风险";
            case RETURNED -> "材料不齐，退回补充";
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * The review file; {@code skippedProcedures} maps each skipped procedure to its legal
     * reason; the last four are the latest review's result (its outcome as code and Chinese
     * label), blank before a review.
     */
    public record Materials(String draft, String draftExplanation, String revisionExplanation, String legalBasis,
                            String proceduresAccount, String materialsList, Map<String, String> skippedProcedures,
                            String reviewOutcomeCode, String reviewOutcome, String opinionLetter,
                            String requiredChanges) {
    }
}
