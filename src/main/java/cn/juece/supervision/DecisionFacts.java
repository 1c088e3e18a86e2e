package cn.juece.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the figures need to know of one decision, gathered set-wise by {@link FactsLoader}. */
final class DecisionFacts {

    final long id;
    final String reference;
    final String title;
    final String organ;
    final String status;
    final Instant proposedAt;
    final boolean itemPublished;
    final String processInstanceId;
    String unit;
    boolean proceduresConfirmed;
    boolean notPublic;
    boolean risky;
    boolean riskAssessed;
    boolean riskSkipped;
    boolean consulted;
    boolean participationSkipped;
    boolean reachedMeeting;
    /** A lawful review stood, not followed by a revision, when the latest meeting was scheduled. */
    boolean reviewedBeforeMeeting;
    final Map<String, Double> stageDays = new LinkedHashMap<>();
    final List<String> currentStages = new ArrayList<>();

    DecisionFacts(long id, String reference, String title, String organ, String status, Instant proposedAt,
                  boolean itemPublished, String processInstanceId, String plannedUnit) {
        this.id = id;
        this.reference = reference;
        this.title = title;
        this.organ = organ;
        this.status = status;
        this.proposedAt = proposedAt;
        this.itemPublished = itemPublished;
        this.processInstanceId = processInstanceId;
        this.unit = plannedUnit;
    }

    boolean isOpen() {
        return "IN_PROCEDURE".equals(status) || "PROPOSED".equals(status);
    }
}
