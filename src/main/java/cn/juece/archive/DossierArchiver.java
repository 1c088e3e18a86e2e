package cn.juece.archive;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.DecisionStatus;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcessVariables;

/**
 * Closes the dossier when the procedure ends, whichever way it ends (Art. 33): the decision
 * gets its final status, the dossier its closing entry, and then its seal, in the same
 * transaction, so no record can fall between the last entry and the seal.
 */
@Component
class DossierArchiver implements JavaDelegate {

    private final DecisionWorkflow decisions;
    private final Dossier dossier;
    private final ArchiveSeals seals;

    DossierArchiver(DecisionWorkflow decisions, Dossier dossier, ArchiveSeals seals) {
        this.decisions = decisions;
        this.dossier = dossier;
        this.seals = seals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = ProcessVariables.decisionId(execution);
        DecisionStatus status = finalStatus(execution);
        decisions.archive(decisionId, status);
        int entries = dossier.entries(decisionId).size();
        dossier.record(new Dossier.Step(decisionId, execution.getProcessInstanceId(),
                execution.getCurrentActivityId(), "决策案卷归档", null, "system"), EntryKind.ARCHIVED,
                Map.of("finalStatus", status.name(), "finalStatusLabel", status.label(), "entriesBefore", entries));
        seals.seal(decisions.find(decisionId).orElseThrow());
    }

    static DecisionStatus finalStatus(DelegateExecution execution) {
        if (Boolean.FALSE.equals(execution.getVariable("initiationApproved"))) {
            return DecisionStatus.NOT_INITIATED;
        }
        if ("REJECT".equals(execution.getVariable("meetingOutcome"))) {
            return DecisionStatus.REJECTED;
        }
        Object evaluation = execution.getVariable("evaluationOutcome");
        if ("STOP".equals(evaluation)) {
            return DecisionStatus.STOPPED;
        }
        if ("ADJUST".equals(evaluation)) {
            return DecisionStatus.ADJUSTED;
        }
        return DecisionStatus.COMPLETED;
    }
}
