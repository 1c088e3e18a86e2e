package cn.juece.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.decision.Decision;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.dossier.EntryKind;
import cn.juece.notice.Notice;
import cn.juece.notice.NoticeKind;
import cn.juece.notice.Notices;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

class TaskEscalationTest extends ProcedureTestBase {

    @Autowired
    TaskEscalation escalation;
    @Autowired
    WorkflowTasks workflow;
    @Autowired
    Dossier dossier;
    @Autowired
    Notices notices;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSupervisorUrgesAnOpenTaskOnRecordAndItsHoldersAreTold() {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        escalation.urge(revise.getId(), "supervisor1", driver.groupsOf("supervisor1"), "已逾期两周，请于本周内修改完毕");

        DossierEntry urged = entries(decision, EntryKind.URGED).get(0);
        assertThat(urged.actor()).isEqualTo("supervisor1");
        assertThat(urged.taskId()).isEqualTo(revise.getId());
        assertThat(dossier.content(urged)).containsEntry("reason", "已逾期两周，请于本周内修改完毕");
        assertThat(noticesOf(revise)).filteredOn(n -> n.kind() == NoticeKind.URGED).extracting(Notice::recipient)
                .containsExactlyInAnyOrder("edu1", "eduleader1");
        assertThat(driver.task(decision, "Task_ReviseDraft").getAssignee()).as("an urge changes nothing else").isNull();
    }

    @Test
    void theOfficeMayUrgeButNotASponsorAndNeverWithoutAReason() {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        escalation.urge(revise.getId(), "office1", driver.groupsOf("office1"), "请抓紧");
        int entries = dossier.entries(decision.id()).size();

        refusedUnchanged(decision, revise, () -> escalation.urge(revise.getId(), "edu1", driver.groupsOf("edu1"),
                "请抓紧"), "只有法治督察或政府办公室可以催办");
        refusedUnchanged(decision, revise, () -> escalation.urge(revise.getId(), "supervisor1",
                driver.groupsOf("supervisor1"), "  "), "请填写催办理由");
        assertThat(dossier.entries(decision.id())).hasSize(entries);
    }

    @Test
    void theHolderHandsAUnitTaskToAColleagueWhoThenCompletesItAndTheFormerHolderCannot() {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        workflow.claim(revise.getId(), "edu1", driver.groupsOf("edu1"));

        escalation.transfer(revise.getId(), "edu1", "eduleader1", "本人出差，由局长办理");

        assertThat(driver.task(decision, "Task_ReviseDraft").getAssignee()).isEqualTo("eduleader1");
        DossierEntry transferred = entries(decision, EntryKind.TRANSFERRED).get(0);
        assertThat(transferred.actor()).isEqualTo("edu1");
        assertThat(dossier.content(transferred)).containsEntry("reason", "本人出差，由局长办理")
                .containsEntry("toName", "许局长（教育局）");
        assertThat(noticesOf(revise)).filteredOn(n -> n.kind() == NoticeKind.TRANSFERRED)
                .extracting(Notice::recipient).containsExactly("eduleader1");
        assertThat(workflow.openFor(revise.getId(), "edu1", driver.groupsOf("edu1"))).isEmpty();

        assertThatThrownBy(() -> driver.completeTask(revise.getId(), "edu1", driver.validForm("Task_ReviseDraft")))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("已由 eduleader1 签收");
        driver.completeTask(revise.getId(), "eduleader1", driver.validForm("Task_ReviseDraft"));
        assertThat(driver.tasks(decision, "Task_SubmitForReview")).hasSize(1);
    }

    @Test
    void aTaskOfARoleGroupGoesOnlyToAColleagueOfTheHoldersUnitInThatGroup() {
        Decision decision = driver.atReview();
        Task review = driver.task(decision, "Task_ReviewLegality");
        workflow.claim(review.getId(), "reviewer1", driver.groupsOf("reviewer1"));
        assertThat(escalation.transferees(review.getId(), "reviewer1")).extracting("id")
                .containsExactly("justiceleader1");
        refusedUnchanged(decision, review, () -> escalation.transfer(review.getId(), "reviewer1", "edu1",
                "请协助"), "只能转办给本单位人员");

        escalation.transfer(review.getId(), "reviewer1", "justiceleader1", "案情复杂，由局长审查");
        driver.completeTask(review.getId(), "justiceleader1", driver.validForm("Task_ReviewLegality"));
        assertThat(driver.tasks(decision, "Task_ReviewLegality")).isEmpty();
    }

    @Test
    void onlyTheHolderTransfersAndNeverWithoutAReasonOrToAStranger() {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        refusedUnchanged(decision, revise, () -> escalation.transfer(revise.getId(), "edu1", "eduleader1", "出差"),
                "只能转办本人已签收的任务");
        workflow.claim(revise.getId(), "edu1", driver.groupsOf("edu1"));
        refusedUnchanged(decision, revise, () -> escalation.transfer(revise.getId(), "eduleader1", "eduleader1",
                "出差"), "只能转办本人已签收的任务");
        refusedUnchanged(decision, revise, () -> escalation.transfer(revise.getId(), "edu1", "water1", "出差"),
                "只能转办给本单位人员");
        refusedUnchanged(decision, revise, () -> escalation.transfer(revise.getId(), "edu1", "eduleader1", ""),
                "请填写转办理由");
        assertThat(driver.task(decision, "Task_ReviseDraft").getAssignee()).isEqualTo("edu1");
        assertThat(escalation.transferees(revise.getId(), "edu1")).extracting("id").containsExactly("eduleader1");
    }

    @Test
    void tasksTheLawGivesToANamedPersonAreNotTransferable() {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        Task opinion = driver.tasks(decision, "Task_MemberOpinion").stream()
                .filter(task -> "member1".equals(task.getAssignee())).findFirst().orElseThrow();
        refusedUnchanged(decision, opinion, () -> escalation.transfer(opinion.getId(), "member1", "member4", "出差"),
                "依法由指定的本人办理，不能转办");
        assertThat(escalation.transferees(opinion.getId(), "member1")).isEmpty();
    }

    private void refusedUnchanged(Decision decision, Task task, Executable action, String message) {
        int entries = dossier.entries(decision.id()).size();
        int notified = noticesOf(task).size();
        String assignee = driver.tasks(decision, task.getTaskDefinitionKey()).stream()
                .filter(t -> t.getId().equals(task.getId())).findFirst().orElseThrow().getAssignee();
        assertThatThrownBy(action::execute).isInstanceOf(ProcedureViolation.class).hasMessageContaining(message);
        assertThat(dossier.entries(decision.id())).hasSize(entries);
        assertThat(noticesOf(task)).hasSize(notified);
        assertThat(driver.tasks(decision, task.getTaskDefinitionKey()).stream()
                .filter(t -> t.getId().equals(task.getId())).findFirst().orElseThrow().getAssignee())
                .isEqualTo(assignee);
    }

    private List<DossierEntry> entries(Decision decision, EntryKind kind) {
        return dossier.entries(decision.id()).stream().filter(e -> e.kind() == kind).toList();
    }

    private List<Notice> noticesOf(Task task) {
        return jdbc.queryForList("select id from notice where task_id = ? order by id", Long.class, task.getId())
                .stream().map(id -> notices.find(id).orElseThrow()).toList();
    }
}
