package cn.juece.meeting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.procedure.ProcessVariables;
import cn.juece.procedure.ShanghaiTime;
import cn.juece.security.Directory;

/**
 * A meeting as people read it, from the dossier (what was said, by whom, when) and the engine
 * (which meeting belongs to which decision, whose turn it is). What members said comes from
 * the same {@link MeetingRecord} the head's gate reads, so the page unlocks the head's panel
 * exactly when the engine lets the head speak.
 */
@Service
public class MeetingView {

    static final String PROCESS_KEY = "CollectiveDiscussionProcess";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ShanghaiTime.ZONE);

    private final HistoryService history;
    private final TaskService tasks;
    private final DecisionWorkflow decisions;
    private final Dossier dossier;
    private final MeetingRecord record;
    private final MeetingMaterials materials;
    private final ChoiceLabels labels;
    private final Directory directory;

    MeetingView(HistoryService history, TaskService tasks, DecisionWorkflow decisions, Dossier dossier,
                MeetingRecord record, MeetingMaterials materials, ChoiceLabels labels, Directory directory) {
        this.history = history;
        this.tasks = tasks;
        this.decisions = decisions;
        this.dossier = dossier;
        this.record = record;
        this.materials = materials;
        this.labels = labels;
        this.directory = directory;
    }

    /** The meeting run by this collective-discussion process instance; empty for any other id. */
    public Optional<Meeting> find(String meetingProcessInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(meetingProcessInstanceId).processDefinitionKey(PROCESS_KEY).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        return decisionOf(instance).map(decision -> meeting(instance, decision));
    }

    /** The decision's meeting under way, else its latest one. */
    public Optional<String> latestOf(long decisionId) {
        return decisions.find(decisionId).flatMap(decision -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(decision.reference()).list().stream()
                .max(Comparator.comparing((HistoricProcessInstance i) -> i.getEndTime() == null)
                        .thenComparing(HistoricProcessInstance::getStartTime))
                .map(HistoricProcessInstance::getId));
    }

    private Optional<Decision> decisionOf(HistoricProcessInstance instance) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(ProcessVariables.DECISION_ID).list().stream()
                .filter(variable -> instance.getId().equals(variable.getExecutionId()))
                .map(HistoricVariableInstance::getValue)
                .filter(Number.class::isInstance).findFirst()
                .flatMap(id -> decisions.find(((Number) id).longValue()));
    }

    private Meeting meeting(HistoricProcessInstance instance, Decision decision) {
        String id = instance.getId();
        MeetingMaterials.Materials papers = materials.forDecision(decision.id());
        boolean concluded = instance.getEndTime() != null;
        List<DossierEntry> schedules = dossier.entries(id, MeetingRecord.SCHEDULE_TASK);
        if (schedules.isEmpty()) {
            return new Meeting(id, decision, false, "", "", "", "", List.of(), List.of(), List.of(),
                    Meeting.Tally.of(0, 0), null, null, papers, concluded);
        }
        Map<String, Object> schedule = dossier.content(schedules.get(schedules.size() - 1));
        List<Meeting.Statement> statements = statements(id, schedules.get(schedules.size() - 1));
        int disagree = (int) statements.stream().filter(Meeting.Statement::dissent).count();
        Meeting.Tally tally = Meeting.Tally.of(statements.size() - disagree, disagree);
        return new Meeting(id, decision, true, String.valueOf(schedule.get("meetingType")),
                labels.of(MeetingRecord.SCHEDULE_TASK, "meetingType", schedule.get("meetingType")),
                String.valueOf(schedule.getOrDefault("meetingDate", "")),
                directory.displayName(String.valueOf(schedule.get("meetingHead"))),
                names(record.presentMembers(id)), statements, names(record.yetToSpeak(id)), tally,
                headTask(id), decided(id, tally), papers, concluded);
    }

    /** Present members' statements after the (last) scheduling, in the order they were recorded. */
    private List<Meeting.Statement> statements(String id, DossierEntry schedule) {
        List<String> present = record.presentMembers(id);
        Map<String, DossierEntry> byMember = new LinkedHashMap<>();
        for (DossierEntry entry : dossier.entries(id, MeetingRecord.MEMBER_TASK)) {
            if (entry.id() > schedule.id() && present.contains(entry.actor())) {
                byMember.put(entry.actor(), entry);
            }
        }
        List<Meeting.Statement> statements = new ArrayList<>();
        byMember.forEach((member, entry) -> {
            Map<String, Object> said = dossier.content(entry);
            String position = String.valueOf(said.get("memberOpinion"));
            statements.add(new Meeting.Statement(directory.displayName(member), position,
                    labels.of(MeetingRecord.MEMBER_TASK, "memberOpinion", position),
                    String.valueOf(said.getOrDefault("opinionText", "")), TIME.format(entry.recordedAt())));
        });
        return statements;
    }

    private Meeting.HeadTask headTask(String id) {
        Task task = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(HeadSpeaksLast.HEAD_TASK)
                .singleResult();
        return task == null ? null : new Meeting.HeadTask(task.getId(), task.getAssignee());
    }

    private Meeting.HeadDecision decided(String id, Meeting.Tally tally) {
        List<DossierEntry> decisions = dossier.entries(id, HeadSpeaksLast.HEAD_TASK);
        if (decisions.isEmpty()) {
            return null;
        }
        DossierEntry entry = decisions.get(decisions.size() - 1);
        Map<String, Object> said = dossier.content(entry);
        String outcome = String.valueOf(said.get("meetingOutcome"));
        return new Meeting.HeadDecision(outcome, labels.of(HeadSpeaksLast.HEAD_TASK, "meetingOutcome", outcome),
                text(said.get("headStatement")), text(said.get("requiredChanges")), text(said.get("differsReason")),
                TIME.format(entry.recordedAt()), tally.differs(outcome));
    }

    private List<String> names(Collection<String> userIds) {
        return userIds.stream().map(directory::displayName).toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
