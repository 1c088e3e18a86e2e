package cn.juece.normative;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.juece.decision.Decision;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcessVariables;

/**
 * Amending a document at clean-up, or re-issuing it at expiry, is a new document made by the
 * whole procedure again (drafting, review, meeting, number, publication, filing), linked to
 * the old one; the old one stays in force until it lapses or is repealed.
 */
@Component
class NormativeSuccessorStarter implements JavaDelegate {

    private final NormativeDocuments documents;
    private final Dossier dossier;

    NormativeSuccessorStarter(NormativeDocuments documents, Dossier dossier) {
        this.documents = documents;
        this.dossier = dossier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = ProcessVariables.decisionId(execution);
        String why = "ServiceTask_StartAmendment".equals(execution.getCurrentActivityId()) ? "修订" : "重新制定";
        Decision successor = documents.proposeSuccessor(decisionId,
                (String) execution.getVariable(ProcessVariables.SPONSOR_UNIT), why);
        dossier.record(new Dossier.Step(decisionId, execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                execution.getCurrentActivityName(), null, "system"), EntryKind.PROCEDURE_EVENT,
                Map.of("successorId", successor.id(), "successorReference", successor.reference()));
    }
}
