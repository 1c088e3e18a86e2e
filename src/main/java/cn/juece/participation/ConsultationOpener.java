package cn.juece.participation;

import java.time.Duration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Opens the portal for comments for as many days as the consultation was announced. */
@Component
class ConsultationOpener implements JavaDelegate {

    private final PublicComments comments;

    ConsultationOpener(PublicComments comments) {
        this.comments = comments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = ((Number) execution.getVariable("decisionId")).longValue();
        int days = ((Number) execution.getVariable("consultationDays")).intValue();
        comments.open(decisionId, ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
    }
}
