package cn.juece.procedure;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/** A stage of the procedure runs only as part of a decision or normative document, never started on its own. */
@Component
class SubProcessGuard implements ActivityGuard {

    @Override
    public Set<String> guardedElements() {
        return Set.of("PublicParticipationProcess", "ExpertArgumentationProcess", "RiskAssessmentProcess",
                "LegalityReviewProcess", "CollectiveDiscussionProcess", "DecisionExecutionProcess");
    }

    @Override
    public void check(DelegateExecution execution) {
        if (((ExecutionEntity) execution).getProcessInstance().getSuperExecution() == null) {
            throw new ProcedureViolation("该程序环节只能在重大行政决策或规范性文件制定流程中进行，不能单独启动");
        }
    }
}
