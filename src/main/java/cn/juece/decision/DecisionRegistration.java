package cn.juece.decision;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ActivityGuard;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ProcessVariables;

/**
 * A procedure runs only for a decision proposed through Juece from a published catalogue
 * item, or a normative document proposed through Juece, once: starting the main process or
 * the normative-document process by hand through the engine API is refused.
 */
@Component
class DecisionRegistration implements ActivityGuard {

    private final DecisionRepository decisions;

    DecisionRegistration(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<String> guardedElements() {
        return Set.of(DecisionWorkflow.PROCESS_KEY, DecisionWorkflow.NORMATIVE_PROCESS_KEY);
    }

    @Override
    public void check(DelegateExecution execution) {
        Object id = execution.getVariable(ProcessVariables.DECISION_ID);
        boolean normativeModel = execution.getProcessDefinitionId().startsWith(DecisionWorkflow.NORMATIVE_PROCESS_KEY + ":");
        // Each model runs only for its own kind: a normative document, registered outside the
        // catalogue, cannot be carried through the major-decision model, nor the reverse.
        boolean registered = id instanceof Number number && decisions.find(number.longValue())
                .filter(decision -> decision.status() == DecisionStatus.PROPOSED)
                .filter(decision -> DecisionWorkflow.NORMATIVE_DOCUMENT.equals(decision.category()) == normativeModel)
                .isPresent();
        if (!registered) {
            throw new ProcedureViolation("决策程序只能通过提出决策建议启动，且每项决策只能启动一次");
        }
    }
}
