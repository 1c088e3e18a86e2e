package cn.juece.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.participation.PublicComment;
import cn.juece.participation.PublicComments;
import cn.juece.review.ReviewMaterials;
import cn.juece.security.Directory;

/**
 * What the meeting discusses (Art. 29): the draft, how public and expert opinions were
 * adopted, the risk assessment and the legality review. The review file is the reviewer's;
 * this adds what the reviewer's view does not carry, read from the dossier.
 */
@Component
class MeetingMaterials {

    private final ReviewMaterials review;
    private final Dossier dossier;
    private final PublicComments comments;
    private final Directory directory;
    private final ChoiceLabels labels;
    private final ObjectMapper json;

    MeetingMaterials(ReviewMaterials review, Dossier dossier, PublicComments comments, Directory directory,
                     ChoiceLabels labels, ObjectMapper json) {
        this.review = review;
        this.dossier = dossier;
        this.comments = comments;
        this.directory = directory;
        this.labels = labels;
        this.json = json;
    }

    Materials forDecision(long decisionId) {
        Map<String, Object> legality = latest(decisionId, "Task_ReviewLegality");
        Map<String, Object> sorted = latest(decisionId, "Task_SortPublicOpinions");
        return new Materials(review.forDecision(decisionId), text(sorted.get("opinionSummary")),
                adoptions(decisionId), risk(decisionId), text(legality.get("legalAdviserOpinion")),
                text(legality.get("legalRiskStatement")),
                text(latest(decisionId, "Task_ApplyReviewChanges").get("changesApplied")));
    }

    private Risk risk(long decisionId) {
        Map<String, Object> assessed = latest(decisionId, "Task_AssessRisk");
        if (assessed.isEmpty()) {
            return null;
        }
        return new Risk(String.valueOf(assessed.get("riskLevel")),
                labels.of("Task_AssessRisk", "riskLevel", assessed.get("riskLevel")),
                text(assessed.get("riskPoints")), text(assessed.get("preventionMeasures")),
                text(assessed.get("contingencyPlan")),
                text(latest(decisionId, "Task_ReviseDraft").get("riskMitigation")));
    }

    /** Every answer of every revision round, with the opinion it answers, oldest first. */
    private List<Adoption> adoptions(long decisionId) {
        List<DossierEntry> entries = dossier.entries(decisionId);
        Map<String, DossierEntry> byId = entries.stream()
                .collect(Collectors.toMap(e -> String.valueOf(e.id()), Function.identity()));
        Map<String, PublicComment> byComment = comments.forDecision(decisionId).stream()
                .collect(Collectors.toMap(c -> String.valueOf(c.id()), Function.identity()));
        List<Adoption> adoptions = new ArrayList<>();
        entries.stream().filter(e -> "Task_ReviseDraft".equals(e.activityId()))
                .map(e -> dossier.content(e).get("opinionAdoptions"))
                .filter(String.class::isInstance)
                .flatMap(answers -> read((String) answers).stream())
                .forEach(answer -> {
                    String[] ref = String.valueOf(answer.get("ref")).split(":", 2);
                    String key = ref.length == 2 ? ref[1] : "";
                    boolean adopted = Boolean.TRUE.equals(answer.get("adopted"));
                    String reason = text(answer.get("reason"));
                    if ("comment".equals(ref[0]) && byComment.containsKey(key)) {
                        PublicComment comment = byComment.get(key);
                        adoptions.add(new Adoption("公众意见第 " + key + " 号",
                                comment.authorName() == null ? "匿名" : comment.authorName(), comment.content(),
                                adopted, reason));
                    } else if ("expert".equals(ref[0]) && byId.containsKey(key)) {
                        DossierEntry opinion = byId.get(key);
                        adoptions.add(new Adoption("专家论证意见", directory.displayName(opinion.actor()),
                                text(dossier.content(opinion).get("expertOpinion")), adopted, reason));
                    }
                });
        return adoptions;
    }

    private List<Map<String, Object>> read(String answers) {
        try {
            return json.readValue(answers, json.getTypeFactory().constructCollectionType(List.class,
                    json.getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
        } catch (JsonProcessingException unreadable) {
            return List.of();
        }
    }

    private Map<String, Object> latest(long decisionId, String activityId) {
        Optional<DossierEntry> entry = dossier.latest(decisionId, activityId);
        return entry.map(dossier::content).orElse(Map.of());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The review file plus the meeting's own materials; {@code risk} is null when none was assessed. */
    public record Materials(ReviewMaterials.Materials review, String publicOpinionSummary, List<Adoption> adoptions,
                            Risk risk, String legalAdviserOpinion, String legalRiskStatement,
                            String reviewChangesApplied) {
    }

    /** One public comment or expert opinion and whether the draft adopted it. */
    public record Adoption(String source, String author, String text, boolean adopted, String reason) {
    }

    /** The latest risk assessment report (Art. 22-24), level as code and Chinese label, and what the revision did. */
    public record Risk(String levelCode, String level, String points, String measures, String contingencyPlan,
                       String mitigation) {
    }
}
