package cn.juece.procedure;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A legal precondition checked whenever one of the named activities (or processes, by
 * process key) starts: on the normal path, and equally when an operator moves a token
 * with process-instance modification. Throw {@link ProcedureViolation} to refuse.
 */
public interface ActivityGuard {

    /** Activity ids, or process definition keys for the process start. */
    Set<String> guardedElements();

    void check(DelegateExecution execution);
}
