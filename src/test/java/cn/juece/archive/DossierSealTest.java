package cn.juece.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionStatus;
import cn.juece.dossier.Documents;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.task.WorkflowTasks;

/** When the procedure ends the dossier is sealed with the hash of every record and file, and closed. */
class DossierSealTest extends ProcedureTestBase {

    @Autowired
    ArchiveSeals seals;
    @Autowired
    Manifests manifests;
    @Autowired
    Dossier dossier;
    @Autowired
    Documents documents;
    @Autowired
    WorkflowTasks workflow;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    ArchiveExport export;

    @Test
    void archivingSealsEveryRecordAndFileOfTheDossierWithTheFilesOfTheLastTask() {
        byte[] pdf = "%PDF-1.7 不予启动的意见".getBytes(StandardCharsets.UTF_8);
        Decision decision = notInitiatedWith(pdf);

        ArchiveSeal seal = seals.find(decision.id()).orElseThrow();
        Manifest manifest = manifests.read(seal.manifest());
        List<DossierEntry> entries = dossier.entries(decision.id());
        assertThat(driver.decision(decision).status()).isEqualTo(DecisionStatus.NOT_INITIATED);
        assertThat(entries.get(entries.size() - 1).kind()).isEqualTo(EntryKind.ARCHIVED);
        assertThat(manifest.entries()).extracting(Manifest.Entry::id)
                .containsExactlyElementsOf(entries.stream().map(DossierEntry::id).toList());
        assertThat(manifest.entries()).allSatisfy(entry -> assertThat(entry.sha256()).isEqualTo(
                Manifests.sha256(manifests.entryBytes(find(entries, entry.id())))));
        assertThat(manifest.entries().get(0).file()).isEqualTo("entries/0001-StartEvent_ProposalSubmitted.json");
        assertThat(manifest.documents()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("不予启动意见.pdf");
            assertThat(file.sha256()).isEqualTo(Documents.sha256(pdf));
            assertThat(file.size()).isEqualTo(pdf.length);
            assertThat(file.file()).isEqualTo("documents/" + file.id() + "-不予启动意见.pdf");
        });
        assertThat(seal.manifestSha256())
                .isEqualTo(Documents.sha256(seal.manifest().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSealedDossierTakesNoMoreRecordsOrFiles() {
        Decision decision = notInitiatedWith("%PDF-1.7 意见".getBytes(StandardCharsets.UTF_8));
        int entries = dossier.entries(decision.id()).size();

        assertThatThrownBy(() -> dossier.record(new Dossier.Step(decision.id(), "pi", "Timer_Late", "迟到的提醒",
                null, "system"), EntryKind.DEADLINE_NOTICE, Map.of()))
                .isInstanceOf(ProcedureViolation.class).hasMessage("该决策案卷已归档封存，不能再添加记录或文件");
        assertThatThrownBy(() -> documents.store(decision.id(), "task", "Task_Late", "edu1",
                List.of(new Documents.Upload("补充.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(ProcedureViolation.class).hasMessageContaining("已归档封存");

        assertThat(dossier.entries(decision.id())).hasSize(entries);
        assertThat(documents.ofDecision(decision.id())).hasSize(1);
        assertThat(exportOf(decision)).isEmpty();
    }

    @Test
    void nothingOfTheProcedureIsLeftToWriteAfterTheArchiveEvenAfterExecutionWithItsTimers() {
        Decision decision = driver.atExecution();
        driver.complete(decision, "Task_AssignExecution", "office1");
        driver.complete(decision, "Task_ExecuteDecision", "edu1");
        driver.complete(decision, "Task_DecidePostEvaluation", "head1");

        assertThat(seals.find(decision.id())).isPresent();
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(decision.reference()).list();
        assertThat(instances).isNotEmpty().allSatisfy(instance -> {
            assertThat(instance.getEndTime()).as("%s ended", instance.getProcessDefinitionKey()).isNotNull();
            assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        });
        assertThat(exportOf(decision)).isEmpty();
    }

    private List<String> exportOf(Decision decision) {
        return export.mismatches(driver.decision(decision));
    }

    private Decision notInitiatedWith(byte[] pdf) {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        workflow.complete(taskId, "head1", driver.groupsOf("head1"),
                driver.form("Task_DecideInitiation", "initiationApproved", false, "sponsorUnit", null),
                List.of(new Documents.Upload("不予启动意见.pdf", pdf)));
        return decision;
    }

    private static DossierEntry find(List<DossierEntry> entries, long id) {
        return entries.stream().filter(entry -> entry.id() == id).findFirst().orElseThrow();
    }
}
