package cn.juece.task;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcessVariables;

/**
 * Records that a watched deadline is near ({@code DUE_SOON}) or passed ({@code OVERDUE}).
 * Fired by non-interrupting timers, so the watched task goes on; the notice stays in the
 * dossier as evidence of the delay.
 */
@Component
class DeadlineNotifier implements JavaDelegate {

    private final Dossier dossier;

    DeadlineNotifier(Dossier dossier) {
        this.dossier = dossier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = String.valueOf(execution.getVariableLocal("noticeKind"));
        long decisionId = ProcessVariables.decisionId(execution);
        String name = execution.getCurrentActivityName();
        dossier.record(new Dossier.Step(decisionId, execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                name == null ? kind : name, null, "system"), EntryKind.DEADLINE_NOTICE,
                Map.of("noticeKind", kind, "label", "OVERDUE".equals(kind) ? "已超期，已督办" : "即将到期提醒"));
    }
}
