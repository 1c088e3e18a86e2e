package cn.juece.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.decision.Decision;
import cn.juece.dossier.Documents;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.participation.PublicComments;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.task.WorkflowTasks;

/**
 * A row changed or removed directly in the database, bypassing the application, is found by
 * verification, which names the first broken link. Every test puts the row back, so the
 * chain other tests verify in the shared database stays intact.
 */
class AuditTamperingTest extends ProcedureTestBase {

    private static final byte[] PDF = "%PDF-1.7 审查意见书".getBytes(StandardCharsets.UTF_8);

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    Dossier dossier;
    @Autowired
    WorkflowTasks workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicComments comments;

    Decision decision;

    @BeforeEach
    void decisionWithAFile() {
        decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        workflow.complete(taskId, "head1", driver.groupsOf("head1"), driver.validForm("Task_DecideInitiation"),
                List.of(new Documents.Upload("启动意见.pdf", PDF)));
        assertThat(verifier.verifyChain().intact()).as(verifier.verifyChain().message()).isTrue();
    }

    @Test
    void anAuditLinkWhosePayloadWasEditedBreaksTheChainThere() {
        AuditEntry link = link("TASK_COMPLETED");
        jdbc.update("update audit_entry set payload = ? where seq = ?", link.payload().replace("head1", "head2"),
                link.seq());
        try {
            Verification result = verifier.verifyChain();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(link.seq());
            assertThat(result.message()).contains("第 " + link.seq() + " 条", "记录被改动");
        } finally {
            jdbc.update("update audit_entry set payload = ? where seq = ?", link.payload(), link.seq());
        }
        assertThat(verifier.verifyChain().intact()).isTrue();
    }

    @Test
    void aLinkRehashedAfterItsEditStillBreaksTheChainAtTheNextLink() {
        AuditEntry proposal = link("DOSSIER_ENTRY");
        rehashedWithActor(proposal, "water1", () -> {
            Verification result = verifier.verifyChain();
            assertThat(result.brokenAt()).isEqualTo(proposal.seq() + 1);
            assertThat(result.message()).contains("前序哈希");
        });
    }

    @Test
    void theLastLinkRehashedAfterItsEditIsFoundThroughTheHead() {
        AuditEntry last = trail.recent(1).get(0);
        rehashedWithActor(last, "water1", () -> {
            Verification result = verifier.verifyChain();
            assertThat(result.brokenAt()).isEqualTo(last.seq());
            assertThat(result.message()).contains("链尾被替换");
        });
    }

    private void rehashedWithActor(AuditEntry link, String actor, Runnable check) {
        String forged = Canonical.linkHash(link.prevHash(), link.seq(), link.recordedAt().toString(), actor,
                link.kind(), link.subject(), link.payload());
        jdbc.update("update audit_entry set actor = ?, hash = ? where seq = ?", actor, forged, link.seq());
        try {
            check.run();
        } finally {
            jdbc.update("update audit_entry set actor = ?, hash = ? where seq = ?", link.actor(), link.hash(),
                    link.seq());
        }
    }

    @Test
    void aDossierEntryEditedInTheDatabaseIsFoundAndNamed() {
        DossierEntry entry = dossier.latest(decision.id(), "Task_DecideInitiation").orElseThrow();
        jdbc.update("update dossier_entry set content = ? where id = ?", "{\"initiationApproved\":false}", entry.id());
        try {
            Verification chain = verifier.verifyChain();
            assertThat(chain.brokenAt()).isEqualTo(link("TASK_COMPLETED").seq());
            assertThat(chain.message()).contains("案卷记录 #" + entry.id(), decision.reference(), "已被改动",
                    "contentSha256");
            assertThat(verifier.verifyDossier(decision.reference()).intact()).isFalse();
        } finally {
            jdbc.update("update dossier_entry set content = ? where id = ?", entry.content(), entry.id());
        }
        assertThat(verifier.verifyDossier(decision.reference()).intact()).isTrue();
    }

    @Test
    void aFileReplacedInTheDatabaseIsFoundEvenWithItsShownHashUpdatedToMatch() {
        long documentId = ((Number) Canonical.parse(link("DOCUMENT_ADDED").payload()).get("documentId")).longValue();
        byte[] other = "%PDF-1.7 另一份意见书".getBytes(StandardCharsets.UTF_8);
        jdbc.update("update dossier_document set content = ?, sha256 = ? where id = ?", other,
                Documents.sha256(other), documentId);
        try {
            Verification result = verifier.verifyChain();
            assertThat(result.brokenAt()).isEqualTo(link("DOCUMENT_ADDED").seq());
            assertThat(result.message()).contains("文件 #" + documentId, "启动意见.pdf", "sha256", "storedSha256");
        } finally {
            jdbc.update("update dossier_document set content = ?, sha256 = ? where id = ?", PDF,
                    Documents.sha256(PDF), documentId);
        }
        assertThat(verifier.verifyChain().intact()).isTrue();
    }

    @Test
    void aDeletedLinkIsAGap() {
        AuditEntry link = link("DOCUMENT_ADDED");
        jdbc.update("delete from audit_entry where seq = ?", link.seq());
        try {
            Verification result = verifier.verifyChain();
            assertThat(result.brokenAt()).isEqualTo(link.seq());
            assertThat(result.message()).contains("缺失");
        } finally {
            restore(link);
        }
        assertThat(verifier.verifyChain().intact()).isTrue();
    }

    @Test
    void aDeletedLastLinkIsFoundThroughTheHead() {
        AuditEntry last = trail.recent(1).get(0);
        jdbc.update("delete from audit_entry where seq = ?", last.seq());
        try {
            Verification result = verifier.verifyChain();
            assertThat(result.brokenAt()).isEqualTo(last.seq());
            assertThat(result.message()).contains("链尾缺失");
        } finally {
            restore(last);
        }
    }

    @Test
    void aDossierEntryWrittenPastTheApplicationIsNotVouchedFor() {
        DossierEntry entry = dossier.latest(decision.id(), "Task_DecideInitiation").orElseThrow();
        jdbc.update("""
                insert into dossier_entry (decision_id, process_instance_id, activity_id, activity_name, task_id,
                    actor, recorded_at, kind, content) values (?, ?, 'Task_HeadDecision', '行政首长末位表态', null,
                    'head1', current_timestamp, 'TASK_COMPLETED', '{}')""", decision.id(), entry.processInstanceId());
        try {
            Verification result = verifier.verifyDossier(decision.reference());
            assertThat(result.intact()).isFalse();
            assertThat(result.message()).contains(decision.reference(), "没有审计链记录担保");
        } finally {
            jdbc.update("delete from dossier_entry where decision_id = ? and activity_id = 'Task_HeadDecision'",
                    decision.id());
        }
    }

    @Test
    void aPublicCommentIsVouchedForByHashAndItsEditIsFound() {
        Decision consulted = driver.propose("PUBLIC_POLICY", false);
        driver.complete(consulted, "Task_DecideInitiation", "head1");
        driver.complete(consulted, "Task_DraftDecision", "edu1",
                driver.form("Task_DraftDecision", "technical", false, "riskToStability", false));
        driver.complete(consulted, "Task_ConfirmProcedures", "edu1");
        driver.complete(consulted, "Task_PrepareConsultation", "edu1");
        long commentId = comments.submit(consulted.id(), "张三", "13800000000", "建议增加过渡期");

        AuditEntry link = trail.about(DossierAudit.subject(consulted.id())).stream()
                .filter(l -> l.kind().equals("PUBLIC_COMMENT")).findFirst().orElseThrow();
        assertThat(link.payload()).contains("\"commentId\":" + commentId).doesNotContain("张三", "13800000000");
        jdbc.update("update public_comment set content = '支持' where id = ?", commentId);
        try {
            Verification result = verifier.verifyChain();
            assertThat(result.brokenAt()).isEqualTo(link.seq());
            assertThat(result.message()).contains("公众意见 #" + commentId, "contentSha256");
        } finally {
            jdbc.update("update public_comment set content = '建议增加过渡期' where id = ?", commentId);
        }
        assertThat(verifier.verifyDossier(consulted.reference()).message()).contains("1 条公众意见");
    }

    private AuditEntry link(String kind) {
        return trail.about(DossierAudit.subject(decision.id())).stream().filter(l -> l.kind().equals(kind))
                .findFirst().orElseThrow();
    }

    private void restore(AuditEntry link) {
        jdbc.update("""
                insert into audit_entry (seq, recorded_at, actor, kind, subject, payload, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", link.seq(), link.recordedAt().atOffset(ZoneOffset.UTC),
                link.actor(), link.kind(), link.subject(), link.payload(), link.prevHash(), link.hash());
    }
}
