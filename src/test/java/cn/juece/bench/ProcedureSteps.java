package cn.juece.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One decision carried from start to archive through every mandated stage (public consultation,
 * hearing, experts, risk assessment, legality review, party committee, collective discussion,
 * publication, execution), as DecisionLifecycleTest does: 26 task completions and two timer waits.
 * Juece's side and the raw side are driven by the same steps with the same form data.
 */
final class ProcedureSteps {

    /** Who carries the steps: Juece's service layer or the plain engine. */
    interface Carrier {
        void start(int number);

        /** Completes the open task with this key (for this user, if it is assigned) with these fields. */
        void complete(String taskKey, String user, Map<String, Object> fields);

        /** The revision form answering every opinion received, as the carrier knows them. */
        Map<String, Object> revisionForm();

        void passTime(Duration duration);

        /** The procedure has ended and, on Juece's side, the dossier is archived. */
        void checkFinished();
    }

    static final int TASKS_PER_DECISION = 26;

    private ProcedureSteps() {
    }

    /** Carries one decision through; the forms are those of cn.juece.procedure.ValidForms. */
    static void carry(Carrier carrier, int number, FormSource forms) {
        carrier.start(number);
        carrier.complete("Task_DecideInitiation", "head1", forms.form("Task_DecideInitiation"));
        carrier.complete("Task_DraftDecision", "edu1", forms.form("Task_DraftDecision"));
        carrier.complete("Task_ConfirmProcedures", "edu1", forms.form("Task_ConfirmProcedures"));
        // the three consultation stages run side by side
        carrier.complete("Task_PrepareConsultation", "edu1", forms.form("Task_PrepareConsultation"));
        carrier.complete("Task_PlanHearing", "edu1", forms.form("Task_PlanHearing"));
        carrier.complete("Task_SelectExperts", "edu1", forms.form("Task_SelectExperts"));
        for (String expert : List.of("expert1", "expert2", "expert3")) {
            carrier.complete("Task_SubmitExpertOpinion", expert, forms.form("Task_SubmitExpertOpinion"));
        }
        carrier.complete("Task_CommissionRiskAssessment", "edu1", forms.form("Task_CommissionRiskAssessment"));
        carrier.complete("Task_AssessRisk", "assessor1", forms.form("Task_AssessRisk"));
        carrier.passTime(Duration.ofDays(10));
        carrier.complete("Task_RecordHearing", "edu1", forms.form("Task_RecordHearing"));
        carrier.passTime(Duration.ofDays(21));
        carrier.complete("Task_SortPublicOpinions", "edu1", forms.form("Task_SortPublicOpinions"));
        carrier.complete("Task_ReviseDraft", "edu1", carrier.revisionForm());
        carrier.complete("Task_SubmitForReview", "edu1", forms.form("Task_SubmitForReview"));
        carrier.complete("Task_ReviewLegality", "reviewer1", forms.form("Task_ReviewLegality"));
        carrier.complete("Task_ReportToPartyCommittee", "office1", forms.form("Task_ReportToPartyCommittee"));
        carrier.complete("Task_ScheduleMeeting", "office1", forms.form("Task_ScheduleMeeting"));
        for (String member : List.of("member1", "member2", "member3")) {
            carrier.complete("Task_MemberOpinion", member, forms.form("Task_MemberOpinion"));
        }
        carrier.complete("Task_HeadDecision", "head1", forms.form("Task_HeadDecision"));
        carrier.complete("Task_PublishDecision", "office1", forms.form("Task_PublishDecision"));
        carrier.complete("Task_AssignExecution", "office1", forms.form("Task_AssignExecution"));
        carrier.complete("Task_ExecuteDecision", "edu1", forms.form("Task_ExecuteDecision"));
        carrier.complete("Task_DecidePostEvaluation", "head1", forms.form("Task_DecidePostEvaluation"));
        carrier.checkFinished();
    }

    interface FormSource {
        Map<String, Object> form(String taskKey);
    }
}
