package cn.juece.participation;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcessVariables;
import cn.juece.procedure.ShanghaiTime;

/**
 * Opens the portal for comments. A period of N days counts from the day after publication
 * and ends at 24:00 Beijing time of its last day, so the public never gets less than the
 * days announced; the closing timer waits for {@code consultationClosesAt}.
 */
@Component
class ConsultationOpener implements JavaDelegate {

    static final String CLOSES_AT = "consultationClosesAt";

    private final PublicComments comments;

    ConsultationOpener(PublicComments comments) {
        this.comments = comments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = ProcessVariables.decisionId(execution);
        int days = ((Number) execution.getVariable("consultationDays")).intValue();
        LocalDate lastDay = ShanghaiTime.today().plusDays(days);
        Date closesAt = ShanghaiTime.startOf(lastDay.plusDays(1));
        comments.open(decisionId, closesAt.toInstant());
        execution.setVariable(CLOSES_AT, closesAt);
    }
}
