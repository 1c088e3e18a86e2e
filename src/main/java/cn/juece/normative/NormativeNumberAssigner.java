package cn.juece.normative;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcessVariables;
import cn.juece.procedure.ShanghaiTime;

/** Gives the registered document its unified number and files it in the dossier. */
@Component
class NormativeNumberAssigner implements JavaDelegate {

    private final NormativeNumbers numbers;
    private final Dossier dossier;

    NormativeNumberAssigner(NormativeNumbers numbers, Dossier dossier) {
        this.numbers = numbers;
        this.dossier = dossier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = ProcessVariables.decisionId(execution);
        String number = numbers.assign(decisionId, ShanghaiTime.today());
        execution.setVariable(NormativeVariables.DOCUMENT_NUMBER, number);
        dossier.record(new Dossier.Step(decisionId, execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                execution.getCurrentActivityName(), null, "system"), EntryKind.PROCEDURE_EVENT,
                Map.of(NormativeVariables.DOCUMENT_NUMBER, number));
    }
}
