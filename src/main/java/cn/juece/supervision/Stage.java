package cn.juece.supervision;

import java.util.List;
import java.util.Optional;

/**
 * The stages of the main procedure in their legal order: its user tasks and the call activities
 * into the procedures of their own. Names come from the message bundle (bpmn.task / bpmn.process).
 */
public record Stage(String activityId, String messageKey) {

    public static final List<Stage> ALL = List.of(
            task("Task_DecideInitiation"), task("Task_DraftDecision"), task("Task_ConfirmProcedures"),
            call("CallActivity_PublicParticipation", "PublicParticipationProcess"),
            call("CallActivity_ExpertArgumentation", "ExpertArgumentationProcess"),
            call("CallActivity_RiskAssessment", "RiskAssessmentProcess"),
            task("Task_ReviseDraft"),
            call("CallActivity_LegalityReview", "LegalityReviewProcess"),
            task("Task_ApplyReviewChanges"), task("Task_ReportToPartyCommittee"),
            call("CallActivity_CollectiveDiscussion", "CollectiveDiscussionProcess"),
            task("Task_PublishDecision"),
            call("CallActivity_DecisionExecution", "DecisionExecutionProcess"));

    static Optional<Stage> of(String activityId) {
        return ALL.stream().filter(stage -> stage.activityId.equals(activityId)).findFirst();
    }

    private static Stage task(String id) {
        return new Stage(id, "bpmn.task." + id);
    }

    private static Stage call(String id, String processKey) {
        return new Stage(id, "bpmn.process." + processKey);
    }
}
