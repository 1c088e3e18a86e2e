package cn.juece.decision;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;

/**
 * Why work came back (退回) to the sponsoring unit: the reviewer returned incomplete materials
 * or found the draft unlawful, the party committee withheld consent, the meeting postponed
 * the decision, or the risk was high. Read from the dossier, so the task that receives the
 * work shows the recorded reason of the step that sent it back.
 */
@Component
public class SendBacks {

    /** A recorded step that sends work back to a task, and where its reason is. */
    private record Rule(String returnedTo, String from, Predicate<Map<String, Object>> sendsBack,
                        Function<Map<String, Object>, String> reason) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("Task_SubmitForReview", "Task_ReviewLegality", is("reviewOutcome", "RETURNED"),
                    content -> text(content, "missingMaterials")),
            new Rule("Task_ReviseDraft", "Task_ReviewLegality", is("reviewOutcome", "UNLAWFUL"),
                    content -> text(content, "opinionLetter")),
            new Rule("Task_ReviseDraft", "Task_ReportToPartyCommittee", is("partyCommitteeConsent", false),
                    content -> text(content, "committeeResponse")),
            new Rule("Task_ReviseDraft", "Task_HeadDecision", is("meetingOutcome", "POSTPONE"),
                    content -> join(text(content, "headStatement"), text(content, "requiredChanges"))),
            new Rule("Task_DraftDecision", "Task_AssessRisk", is("riskLevel", "HIGH"),
                    content -> text(content, "riskPoints")));

    private final Dossier dossier;

    SendBacks(Dossier dossier) {
        this.dossier = dossier;
    }

    /** The latest send-back to this task since it was last done, if any. */
    public Optional<SendBack> pendingFor(long decisionId, String taskKey) {
        List<DossierEntry> entries = dossier.entries(decisionId);
        for (int i = entries.size() - 1; i >= 0; i--) {
            DossierEntry entry = entries.get(i);
            if (entry.activityId().equals(taskKey)) {
                return Optional.empty();
            }
            Optional<SendBack> sendBack = sendBack(entry, taskKey);
            if (sendBack.isPresent()) {
                return sendBack;
            }
        }
        return Optional.empty();
    }

    private Optional<SendBack> sendBack(DossierEntry entry, String taskKey) {
        for (Rule rule : RULES) {
            if (rule.returnedTo().equals(taskKey) && rule.from().equals(entry.activityId())) {
                Map<String, Object> content = dossier.content(entry);
                if (rule.sendsBack().test(content)) {
                    return Optional.of(new SendBack(entry.activityId(), entry.activityName(), entry.actor(),
                            Date.from(entry.recordedAt()), rule.reason().apply(content)));
                }
            }
        }
        return Optional.empty();
    }

    private static Predicate<Map<String, Object>> is(String field, Object value) {
        return content -> value.equals(content.get(field));
    }

    private static String text(Map<String, Object> content, String field) {
        Object value = content.get(field);
        return value == null ? "" : value.toString().strip();
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + "\n" + second;
    }

    /**
     * Which step sent the work back (task key and Chinese name), who did it, when (a Date, as the
     * templates format), and the reason recorded.
     */
    public record SendBack(String stepKey, String step, String actor, Date at, String reason) {
    }
}
