package cn.juece.dossier;

import java.time.Instant;

/** One recorded step of a decision's procedure: who did what, when, with which content. */
public record DossierEntry(long id, long decisionId, String processInstanceId, String activityId,
                           String activityName, String taskId, String actor, Instant recordedAt,
                           EntryKind kind, String content) {
}
