package cn.juece.participation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcessVariables;

/** Closes the consultation when its period has run out; later comments are refused. */
@Component
class ConsultationCloser implements JavaDelegate {

    private final PublicComments comments;

    ConsultationCloser(PublicComments comments) {
        this.comments = comments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        comments.close(ProcessVariables.decisionId(execution));
    }
}
