package cn.juece.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.Proposal;
import cn.juece.dossier.Dossier;
import cn.juece.participation.PublicComments;
import cn.juece.security.Directory;
import cn.juece.task.WorkflowTasks;

/**
 * Carries decisions through the procedure the way Juece's pages do: through the service
 * layer, as the responsible user, with the engine clock moved and due timers run explicitly.
 */
@Component
public class ProcedureDriver {

    /** A Monday in 2026, 09:00 Beijing time, so calendar arithmetic in tests is stable. */
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ShanghaiTime.ZONE);

    private final DecisionWorkflow decisions;
    private final WorkflowTasks workflow;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Catalogue catalogue;
    private final Directory directory;
    private final Dossier dossier;
    private final PublicComments comments;
    private final ObjectMapper json;

    ProcedureDriver(DecisionWorkflow decisions, WorkflowTasks workflow, TaskService tasks, RuntimeService runtime,
                    ManagementService management, Catalogue catalogue, Directory directory, Dossier dossier,
                    PublicComments comments, ObjectMapper json) {
        this.decisions = decisions;
        this.workflow = workflow;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.catalogue = catalogue;
        this.directory = directory;
        this.dossier = dossier;
        this.comments = comments;
        this.json = json;
    }

    public void resetClock() {
        ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    }

    public LocalDate today() {
        return ShanghaiTime.today();
    }

    public Decision propose(String category, boolean exploratoryReform) {
        return propose(category, exploratoryReform, "edu1");
    }

    /** Proposed by this sponsoring unit's user, on a catalogue item of that user's unit. */
    public Decision propose(String category, boolean exploratoryReform, String sponsor) {
        long item = catalogue.add(new CatalogueItem(0, "某市人民政府", "national", 2026, "测试事项", category,
                unitOf(sponsor), true, LocalDate.of(2026, 12, 31), CatalogueItem.PUBLISHED));
        return decisions.propose(new Proposal(item, "城区学区划分调整方案", "学位不均衡", "就近入学",
                "义务教育法", "初步方案", exploratoryReform), sponsor);
    }

    public Decision decision(Decision decision) {
        return decisions.find(decision.id()).orElseThrow();
    }

    /** The open tasks of a decision with this key, across the main process and its stages. */
    public List<Task> tasks(Decision decision, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(decision.reference())
                .taskDefinitionKey(taskKey).list();
    }

    public Task task(Decision decision, String taskKey) {
        List<Task> found = tasks(decision, taskKey);
        assertThat(found).as("open task %s", taskKey).hasSize(1);
        return found.get(0);
    }

    public Map<String, Object> validForm(String taskKey) {
        return ValidForms.forTask(taskKey, today());
    }

    public void complete(Decision decision, String taskKey, String user) {
        complete(decision, taskKey, user, validForm(taskKey));
    }

    public void complete(Decision decision, String taskKey, String user, Map<String, Object> fields) {
        Task task = tasks(decision, taskKey).stream()
                .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user))
                .findFirst().orElseThrow(() -> new AssertionError("no open " + taskKey + " for " + user));
        workflow.complete(task.getId(), user, groupsOf(user), fields);
    }

    public void completeTask(String taskId, String user, Map<String, Object> fields) {
        workflow.complete(taskId, user, groupsOf(user), fields);
    }

    /** Completes the task expecting a refusal, and returns it. */
    public ProcedureViolation refused(Decision decision, String taskKey, String user, Map<String, Object> fields) {
        int entriesBefore = dossier.entries(decision.id()).size();
        ProcedureViolation violation = catchThrowableOfType(() -> complete(decision, taskKey, user, fields),
                ProcedureViolation.class);
        assertThat(violation).as("refusal of %s", taskKey).isNotNull();
        assertThat(tasks(decision, taskKey)).as("%s still open after the refusal", taskKey).isNotEmpty();
        assertThat(dossier.entries(decision.id())).as("dossier unchanged by the refusal").hasSize(entriesBefore);
        return violation;
    }

    /** Moves a token of the decision's main process by process-instance modification, as an operator could. */
    public void startBefore(Decision decision, String activityId) {
        runtime.createProcessInstanceModification(decision(decision).processInstanceId())
                .startBeforeActivity(activityId).execute(true, false);
    }

    public List<String> groupsOf(String user) {
        return directory.person(user).orElseThrow().groups();
    }

    /** The unit group of a sponsoring unit's user (edu1: unit-edu). */
    public String unitOf(String user) {
        return groupsOf(user).stream().filter(directory::isUnit).findFirst().orElseThrow();
    }

    /** Answers every public comment and expert opinion as adopted. */
    public Map<String, Object> revisionAdoptingEverything(Decision decision) throws Exception {
        List<Map<String, Object>> answers = new ArrayList<>();
        comments.forDecision(decision.id()).forEach(c -> answers.add(Map.of("ref", "comment:" + c.id(),
                "adopted", true)));
        dossier.entries(decision.id()).stream().filter(e -> "Task_SubmitExpertOpinion".equals(e.activityId()))
                .forEach(e -> answers.add(Map.of("ref", "expert:" + e.id(), "adopted", true)));
        Map<String, Object> form = validForm("Task_ReviseDraft");
        form.put("opinionAdoptions", json.writeValueAsString(answers));
        return form;
    }

    /** A public decision whose consultation has just opened, waiting for the public's comments. */
    public Decision atConsultation() {
        Decision decision = propose("PUBLIC_POLICY", false);
        complete(decision, "Task_DecideInitiation", "head1");
        complete(decision, "Task_DraftDecision", "edu1");
        complete(decision, "Task_ConfirmProcedures", "edu1");
        complete(decision, "Task_PrepareConsultation", "edu1");
        return decision;
    }

    /** A started decision whose draft needs no consultation stage, waiting at revision. */
    public Decision atRevision() {
        return atRevision("edu1");
    }

    /** As {@link #atRevision()}, proposed and sponsored by this sponsoring unit's user and their unit. */
    public Decision atRevision(String sponsor) {
        Decision decision = propose("PUBLIC_POLICY", false, sponsor);
        String unit = unitOf(sponsor);
        complete(decision, "Task_DecideInitiation", "head1", form("Task_DecideInitiation", "sponsorUnit", unit,
                "initiationOpinion", "同意启动，由" + directory.unitName(unit) + "承办"));
        complete(decision, "Task_DraftDecision", sponsor, quietDraft());
        complete(decision, "Task_ConfirmProcedures", sponsor);
        task(decision, "Task_ReviseDraft");
        return decision;
    }

    /** A draft needing none of participation, experts or risk assessment (not public, no flags). */
    public Map<String, Object> quietDraft() {
        Map<String, Object> draft = validForm("Task_DraftDecision");
        draft.putAll(Map.of("notPublic", true, "notPublicReason", "涉及国家秘密（保守国家秘密法第九条）",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        return draft;
    }

    /** Revised and submitted: waiting for the legality reviewer. */
    public Decision atReview() {
        return atReview("edu1");
    }

    /** As {@link #atReview()}, proposed and sponsored by this sponsoring unit's user and their unit. */
    public Decision atReview(String sponsor) {
        Decision decision = atRevision(sponsor);
        complete(decision, "Task_ReviseDraft", sponsor);
        complete(decision, "Task_SubmitForReview", sponsor);
        task(decision, "Task_ReviewLegality");
        return decision;
    }

    /**
     * From a revised draft to the head's adoption: submitted, reviewed lawful, reported to the
     * party committee, discussed by member1-3 who agree, adopted by the head.
     */
    public void throughReviewAndMeeting(Decision decision) {
        complete(decision, "Task_SubmitForReview", "edu1");
        complete(decision, "Task_ReviewLegality", "reviewer1");
        complete(decision, "Task_ReportToPartyCommittee", "office1");
        complete(decision, "Task_ScheduleMeeting", "office1");
        for (String member : List.of("member1", "member2", "member3")) {
            complete(decision, "Task_MemberOpinion", member);
        }
        complete(decision, "Task_HeadDecision", "head1");
    }

    /** Reviewed lawful and reported: the office is to schedule the meeting. */
    public Decision atMeeting() {
        Decision decision = atReview();
        complete(decision, "Task_ReviewLegality", "reviewer1");
        complete(decision, "Task_ReportToPartyCommittee", "office1");
        task(decision, "Task_ScheduleMeeting");
        return decision;
    }

    /** Scheduled with member1-3 present and every member's opinion given (default: agree). */
    public Decision atHeadDecision(String... opinions) {
        Decision decision = atMeeting();
        complete(decision, "Task_ScheduleMeeting", "office1");
        String[] members = {"member1", "member2", "member3"};
        for (int i = 0; i < members.length; i++) {
            Map<String, Object> form = validForm("Task_MemberOpinion");
            if (i < opinions.length) {
                form.put("memberOpinion", opinions[i]);
            }
            complete(decision, "Task_MemberOpinion", members[i], form);
        }
        task(decision, "Task_HeadDecision");
        return decision;
    }

    /** Adopted (not public, so no publication step): the office is to name the execution unit. */
    public Decision atExecution() {
        Decision decision = atHeadDecision();
        complete(decision, "Task_HeadDecision", "head1");
        task(decision, "Task_AssignExecution");
        return decision;
    }

    public Map<String, Object> form(String taskKey, Object... overrides) {
        Map<String, Object> form = validForm(taskKey);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                form.remove((String) overrides[i]);
            } else {
                form.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return form;
    }

    /** Moves the engine clock and runs every timer of this decision that has fallen due. */
    public void passTime(Decision decision, Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
        runDueJobs(decision);
    }

    public void runDueJobs(Decision decision) {
        List<Job> due;
        do {
            due = dueJobs(decision);
            due.forEach(job -> management.executeJob(job.getId()));
        } while (!due.isEmpty());
    }

    public List<Job> jobs(Decision decision) {
        List<Job> jobs = new ArrayList<>();
        for (ProcessInstance instance : instances(decision)) {
            jobs.addAll(management.createJobQuery().processInstanceId(instance.getId()).list());
        }
        return jobs;
    }

    public List<ProcessInstance> instances(Decision decision) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(decision.reference()).list();
    }

    private List<Job> dueJobs(Decision decision) {
        Date now = ClockUtil.getCurrentTime();
        return jobs(decision).stream().filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).toList();
    }
}
