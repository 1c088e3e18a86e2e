package cn.juece.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;

/**
 * What the public portal shows and takes in, without login: drafts under consultation with
 * their comment form (Art. 14-15) and published decisions (Art. 32). Read from the
 * consultation table and the dossier only. Titles come from the proposal's dossier entry
 * rather than from DecisionWorkflow: the decision capability already uses this one
 * (OpinionAdoptions), and the reverse would tie the two packages into a cycle.
 */
@Component
public class Portal {

    static final String PROPOSAL_EVENT = "StartEvent_ProposalSubmitted";
    static final String PREPARE_CONSULTATION_TASK = "Task_PrepareConsultation";
    static final String PUBLISH_DECISION_TASK = "Task_PublishDecision";

    private final JdbcTemplate jdbc;
    private final Dossier dossier;
    private final PublicComments comments;
    private final CommentRateLimiter limiter;

    Portal(JdbcTemplate jdbc, Dossier dossier, PublicComments comments, CommentRateLimiter limiter) {
        this.jdbc = jdbc;
        this.dossier = dossier;
        this.comments = comments;
        this.limiter = limiter;
    }

    /** Consultations open now, the soonest to close first. */
    public List<Consultation> openConsultations() {
        // PublicComments decides what "open" means; this only narrows down the candidates
        return jdbc.queryForList("select distinct decision_id from consultation where closed_at is null", Long.class)
                .stream().map(this::consultation).flatMap(Optional::stream).filter(Consultation::open)
                .sorted(Comparator.comparing(Consultation::closesAt)).toList();
    }

    /** The decision's latest consultation, open or not; empty if its draft was never put to the public. */
    public Optional<Consultation> consultation(long decisionId) {
        Optional<Instant> ended = jdbc.query("""
                select closes_at, closed_at from consultation where decision_id = ? order by id desc limit 1""",
                (rs, row) -> earlier(rs.getTimestamp("closes_at"), rs.getTimestamp("closed_at")), decisionId)
                .stream().findFirst();
        Optional<DossierEntry> prepared = dossier.latest(decisionId, PREPARE_CONSULTATION_TASK);
        Optional<Map<String, Object>> proposal = proposal(decisionId);
        if (ended.isEmpty() || prepared.isEmpty() || proposal.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> draft = dossier.content(prepared.get());
        Optional<Instant> open = comments.openConsultation(decisionId);
        return Optional.of(new Consultation(decisionId, text(proposal.get(), "title"),
                text(proposal.get(), "reference"), text(draft, "consultationDraft"),
                text(draft, "consultationExplanation"), text(draft, "commentChannels"),
                open.orElse(ended.get()), open.isPresent()));
    }

    /** Every published decision, the most recently published first. */
    public List<PublishedDecision> publishedDecisions() {
        Map<Long, DossierEntry> latest = new LinkedHashMap<>();
        dossier.entriesOf(PUBLISH_DECISION_TASK).forEach(entry -> latest.put(entry.decisionId(), entry));
        return latest.values().stream().map(this::published).flatMap(Optional::stream)
                .sorted(Comparator.comparing(PublishedDecision::publishedOn)
                        .thenComparing(PublishedDecision::decisionId).reversed())
                .toList();
    }

    /** The decision as published; empty unless it has been. */
    public Optional<PublishedDecision> publishedDecision(long decisionId) {
        return dossier.latest(decisionId, PUBLISH_DECISION_TASK).flatMap(this::published);
    }

    public boolean received(long decisionId, long number) {
        return comments.isReceived(decisionId, number);
    }

    /**
     * Stores a comment from the public and returns its number. The rate limit is checked first
     * and counts every attempt it lets through, stored or refused, so probing is limited too.
     *
     * @param client who sent it, as the rate limit counts clients
     * @throws TooManyComments if the client has sent its share for now; nothing is stored
     * @throws CommentRefused  if the comment is empty or too long, the consultation is not open, or it
     *                         could not be stored in time (then it is not stored later either)
     */
    public long comment(long decisionId, String client, String name, String contact, String text) {
        if (!limiter.tryAcquire(client)) {
            throw new TooManyComments();
        }
        return comments.submit(decisionId, name, contact, text);
    }

    private Optional<PublishedDecision> published(DossierEntry publication) {
        Map<String, Object> content = dossier.content(publication);
        return proposal(publication.decisionId()).map(proposal -> new PublishedDecision(publication.decisionId(),
                text(proposal, "title"), text(proposal, "reference"), text(content, "documentNumber"),
                text(content, "publicationChannels"), LocalDate.parse(text(content, "publishedOn")),
                text(content, "adoptionExplanation")));
    }

    private Optional<Map<String, Object>> proposal(long decisionId) {
        return dossier.latest(decisionId, PROPOSAL_EVENT).map(dossier::content);
    }

    private static String text(Map<String, Object> content, String field) {
        Object value = content.get(field);
        return value == null ? "" : value.toString();
    }

    private static Instant earlier(Timestamp closesAt, Timestamp closedAt) {
        Instant closes = closesAt.toInstant();
        return closedAt == null || closes.isBefore(closedAt.toInstant()) ? closes : closedAt.toInstant();
    }
}
