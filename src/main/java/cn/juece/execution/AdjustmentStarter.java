package cn.juece.execution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.juece.decision.DecisionWorkflow;
import cn.juece.procedure.ProcessVariables;

/** A major adjustment is a new decision through the whole procedure (Art. 37), linked to the old. */
@Component
class AdjustmentStarter implements JavaDelegate {

    private final DecisionWorkflow decisions;

    AdjustmentStarter(DecisionWorkflow decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = ProcessVariables.decisionId(execution);
        decisions.proposeAdjustment(decisionId);
    }
}
