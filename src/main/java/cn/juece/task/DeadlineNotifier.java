package cn.juece.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.notice.NoticeKind;
import cn.juece.procedure.ProcessVariables;

/**
 * Records that a watched deadline is near ({@code DUE_SOON}) or passed ({@code OVERDUE}), and
 * tells the people concerned. Fired by non-interrupting timers, so the watched task goes on;
 * the notice stays in the dossier as evidence of the delay. The watched task is the one the
 * firing timer is attached to, read from the model, so any timer wired to this delegate works.
 */
@Component
class DeadlineNotifier implements JavaDelegate {

    private final Dossier dossier;
    private final TaskService tasks;
    private final TaskNotices notices;

    DeadlineNotifier(Dossier dossier, TaskService tasks, TaskNotices notices) {
        this.dossier = dossier;
        this.tasks = tasks;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = String.valueOf(execution.getVariableLocal("noticeKind"));
        long decisionId = ProcessVariables.decisionId(execution);
        String name = execution.getCurrentActivityName();
        dossier.record(new Dossier.Step(decisionId, execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                name == null ? kind : name, null, "system"), EntryKind.DEADLINE_NOTICE,
                Map.of("noticeKind", kind, "label", "OVERDUE".equals(kind) ? "已超期，已督办" : "即将到期提醒"));
        watchedTask(execution).ifPresent(taskKey -> tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list()
                .forEach(task -> notices.deadline(task, NoticeKind.valueOf(kind))));
    }

    private static Optional<String> watchedTask(DelegateExecution execution) {
        if (!(execution.getBpmnModelElementInstance() instanceof FlowNode node)) {
            return Optional.empty();
        }
        List<String> attachedTo = node.getIncoming().stream().map(SequenceFlow::getSource)
                .filter(BoundaryEvent.class::isInstance)
                .map(source -> ((BoundaryEvent) source).getAttachedTo().getId()).toList();
        return attachedTo.stream().findFirst();
    }
}
