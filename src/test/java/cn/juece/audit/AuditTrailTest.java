package cn.juece.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.juece.decision.Decision;
import cn.juece.dossier.Documents;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.task.WorkflowTasks;

/** Every state change is appended to the chain in the transaction that makes it, and only then. */
class AuditTrailTest extends ProcedureTestBase {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    Dossier dossier;
    @Autowired
    Documents documents;
    @Autowired
    WorkflowTasks workflow;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void taskCompletionIsAppendedVouchingForItsDossierEntry() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");

        DossierEntry entry = dossier.latest(decision.id(), "Task_DecideInitiation").orElseThrow();
        AuditEntry link = links(decision).stream().filter(l -> l.kind().equals("TASK_COMPLETED")).findFirst()
                .orElseThrow();
        Map<String, Object> payload = Canonical.parse(link.payload());
        assertThat(link.actor()).isEqualTo("head1");
        assertThat(payload).containsEntry("dossierEntryId", (int) entry.id())
                .containsEntry("contentSha256", Canonical.sha256(entry.content()))
                .containsEntry("activityId", "Task_DecideInitiation");
        assertThat(links(decision)).extracting(AuditEntry::kind).startsWith("DOSSIER_ENTRY", "TASK_COMPLETED");
        assertThat(verifier.verifyChain().intact()).as(verifier.verifyChain().message()).isTrue();
        assertThat(verifier.verifyDossier(decision.reference()).intact()).isTrue();
    }

    @Test
    void aFileSubmittedWithATaskIsAppendedWithItsSha256() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        byte[] pdf = "%PDF-1.7 启动意见".getBytes(StandardCharsets.UTF_8);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        workflow.complete(taskId, "head1", driver.groupsOf("head1"), driver.validForm("Task_DecideInitiation"),
                List.of(new Documents.Upload("启动意见.pdf", pdf)));

        AuditEntry link = links(decision).stream().filter(l -> l.kind().equals("DOCUMENT_ADDED")).findFirst()
                .orElseThrow();
        assertThat(link.actor()).isEqualTo("head1");
        assertThat(Canonical.parse(link.payload())).containsEntry("sha256", Documents.sha256(pdf))
                .containsEntry("fileName", "启动意见.pdf");
        Verification dossierCheck = verifier.verifyDossier(decision.reference());
        assertThat(dossierCheck.intact()).as(dossierCheck.message()).isTrue();
        assertThat(dossierCheck.message()).contains("1 个文件");
    }

    @Test
    void aRefusedCompletionAppendsNothing() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        List<AuditEntry> before = links(decision);

        driver.refused(decision, "Task_DecideInitiation", "edu1", driver.validForm("Task_DecideInitiation"));

        assertThat(links(decision)).isEqualTo(before);
    }

    @Test
    void aChangeRolledBackAfterItWasAuditedLeavesNoLinkAndNoGap() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        List<AuditEntry> before = links(decision);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            driver.complete(decision, "Task_DecideInitiation", "head1");
            assertThat(links(decision)).hasSize(before.size() + 1);
            throw new IllegalStateException("a later step of the same change fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(links(decision)).isEqualTo(before);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        assertThat(verifier.verifyChain().intact()).as(verifier.verifyChain().message()).isTrue();
    }

    @Test
    void concurrentAppendsQueueIntoOneUnbrokenChain() throws Exception {
        String subject = "concurrency:" + UUID.randomUUID();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> appends = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<Long> append = () -> {
                    start.await();
                    return transaction.execute(status -> trail.append(AuditKind.CATALOGUE_CHANGED, "test", subject,
                            Map.of("n", n)));
                };
                appends.add(pool.submit(append));
            }
            start.countDown();
            List<Long> seqs = new ArrayList<>();
            for (Future<Long> append : appends) {
                seqs.add(append.get(30, TimeUnit.SECONDS));
            }
            assertThat(seqs).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        List<AuditEntry> mine = trail.about(subject);
        assertThat(mine).hasSize(threads);
        for (int i = 1; i < mine.size(); i++) {
            assertThat(mine.get(i).seq()).isEqualTo(mine.get(i - 1).seq() + 1);
            assertThat(mine.get(i).prevHash()).isEqualTo(mine.get(i - 1).hash());
        }
        assertThat(verifier.verifyChain().intact()).as(verifier.verifyChain().message()).isTrue();
    }

    private List<AuditEntry> links(Decision decision) {
        return trail.about(DossierAudit.subject(decision.id()));
    }
}
