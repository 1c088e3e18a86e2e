package cn.juece.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;

/**
 * A group task completed without being claimed first becomes its completer's, in the same engine
 * command as the completion: it shows in their 已办 and history names them; a refused completion
 * leaves the task unclaimed, as if it had never been tried.
 */
class CompletionByTheCompleterTest extends ProcedureTestBase {

    @Autowired
    WorkflowTasks workflow;
    @Autowired
    TaskListing listing;
    @Autowired
    HistoryService history;

    @Test
    void theCompleterOfAnUnclaimedGroupTaskIsItsAssigneeInHistoryAndInTheirDoneList() {
        Decision decision = driver.atReview();
        Task task = driver.task(decision, "Task_ReviewLegality");
        assertThat(task.getAssignee()).isNull();

        workflow.complete(task.getId(), "reviewer1", driver.groupsOf("reviewer1"),
                driver.validForm("Task_ReviewLegality"));

        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
        assertThat(done.getAssignee()).isEqualTo("reviewer1");
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(assigneeLinks(task.getId())).extracting(HistoricIdentityLinkLog::getUserId)
                .containsExactly("reviewer1");
        assertThat(listing.done("reviewer1", TaskFilter.NONE, 1).rows()).extracting(TaskSummary::id)
                .contains(task.getId());
    }

    @Test
    void aRefusedCompletionOfAnUnclaimedGroupTaskLeavesNoAssigneeBehind() {
        Decision decision = driver.atReview();
        String taskId = driver.task(decision, "Task_ReviewLegality").getId();

        driver.refused(decision, "Task_ReviewLegality", "reviewer1", Map.of());

        assertThat(driver.task(decision, "Task_ReviewLegality").getAssignee()).isNull();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(assigneeLinks(taskId)).isEmpty();
        assertThat(listing.done("reviewer1", TaskFilter.NONE, 1).rows()).extracting(TaskSummary::id)
                .doesNotContain(taskId);
    }

    private List<HistoricIdentityLinkLog> assigneeLinks(String taskId) {
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.ASSIGNEE).list();
    }
}
