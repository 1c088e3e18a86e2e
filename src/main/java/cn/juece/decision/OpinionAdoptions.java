package cn.juece.decision;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.participation.PublicComments;
import cn.juece.procedure.TaskInput;

/**
 * The sponsoring unit answers every public comment and every expert opinion, item by item:
 * adopted, or not adopted with a reason (Art. 18, 21). Answers are a JSON list of
 * {@code {"ref": "comment:12" | "expert:34", "adopted": true|false, "reason": "..."}}.
 */
@Component
public class OpinionAdoptions {

    static final String FIELD = "opinionAdoptions";
    static final String EXPERT_OPINION_TASK = "Task_SubmitExpertOpinion";

    private final PublicComments comments;
    private final Dossier dossier;
    private final ObjectMapper json;

    OpinionAdoptions(PublicComments comments, Dossier dossier, ObjectMapper json) {
        this.comments = comments;
        this.dossier = dossier;
        this.json = json;
    }

    void everyOpinionAnswered(TaskInput input) {
        List<Map<String, Object>> answers = parse(input);
        if (answers == null) {
            return;
        }
        Set<String> answered = new HashSet<>();
        for (Map<String, Object> answer : answers) {
            String ref = String.valueOf(answer.get("ref"));
            answered.add(ref);
            boolean adopted = Boolean.TRUE.equals(answer.get("adopted"));
            Object reason = answer.get("reason");
            if (!adopted && (reason == null || reason.toString().isBlank())) {
                input.reject(FIELD, "意见 " + ref + " 未采纳，须说明理由");
            }
        }
        Set<String> open = unanswered(input.decisionId());
        open.removeAll(answered);
        if (!open.isEmpty()) {
            input.reject(FIELD, "尚有 " + open.size() + " 条公众或专家意见未逐条说明采纳情况：" + String.join("、", open));
        }
    }

    /** The opinions a revision must still answer, with who gave them and what they said. */
    public List<OpenOpinion> toAnswer(long decisionId) {
        Set<String> open = unanswered(decisionId);
        List<OpenOpinion> opinions = new java.util.ArrayList<>();
        comments.forDecision(decisionId).stream().filter(c -> open.contains("comment:" + c.id()))
                .forEach(c -> opinions.add(new OpenOpinion("comment:" + c.id(), "公众意见",
                        c.authorName() == null ? "匿名" : c.authorName(), c.content(), Date.from(c.receivedAt()))));
        dossier.entries(decisionId).stream().filter(e -> open.contains("expert:" + e.id()))
                .forEach(e -> opinions.add(new OpenOpinion("expert:" + e.id(), "专家论证意见", e.actor(),
                        String.valueOf(dossier.content(e).get("expertOpinion")), Date.from(e.recordedAt()))));
        return opinions;
    }

    /** One opinion awaiting its answer; {@code received} is a Date, as the templates format. */
    public record OpenOpinion(String ref, String source, String author, String text, Date received) {
    }

    /** Every opinion received so far that no earlier revision round has answered. */
    Set<String> unanswered(long decisionId) {
        Set<String> refs = new HashSet<>();
        comments.forDecision(decisionId).forEach(c -> refs.add("comment:" + c.id()));
        List<DossierEntry> entries = dossier.entries(decisionId);
        entries.stream().filter(e -> EXPERT_OPINION_TASK.equals(e.activityId()))
                .forEach(e -> refs.add("expert:" + e.id()));
        entries.stream().filter(e -> "Task_ReviseDraft".equals(e.activityId()))
                .map(e -> dossier.content(e).get(FIELD))
                .filter(String.class::isInstance)
                .forEach(earlier -> readQuietly((String) earlier).forEach(a -> refs.remove(String.valueOf(a.get("ref")))));
        return refs;
    }

    private List<Map<String, Object>> parse(TaskInput input) {
        if (!input.has(FIELD)) {
            return List.of();
        }
        try {
            return read(input.text(FIELD));
        } catch (JsonProcessingException e) {
            input.reject(FIELD, "意见采纳情况格式不正确，应为逐条列明的清单");
            return null;
        }
    }

    private List<Map<String, Object>> read(String text) throws JsonProcessingException {
        return json.readValue(text, json.getTypeFactory().constructCollectionType(List.class,
                json.getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
    }

    private List<Map<String, Object>> readQuietly(String text) {
        try {
            return read(text);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
