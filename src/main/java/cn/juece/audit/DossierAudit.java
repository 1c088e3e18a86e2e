package cn.juece.audit;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.juece.dossier.DocumentStored;
import cn.juece.dossier.DossierEntryRecorded;
import cn.juece.dossier.EntryKind;
import cn.juece.participation.PublicCommentsReceived;

/**
 * Vouches for every dossier entry, file and public comment as it is written. The dossier publishes its
 * events synchronously inside the engine command or service transaction that writes the
 * row, so this link commits with the row or not at all, whichever door the change came
 * through (Juece's pages, the engine REST API, Tasklist, a timer).
 */
@Component
class DossierAudit {

    private final AuditTrail trail;
    private final VouchedRows rows;

    DossierAudit(AuditTrail trail, VouchedRows rows) {
        this.trail = trail;
        this.rows = rows;
    }

    @EventListener
    void on(DossierEntryRecorded recorded) {
        Map<String, Object> print = rows.dossierEntry(recorded.entryId()).orElseThrow();
        AuditKind kind = recorded.kind() == EntryKind.TASK_COMPLETED ? AuditKind.TASK_COMPLETED : AuditKind.DOSSIER_ENTRY;
        trail.append(kind, recorded.actor(), subject(recorded.decisionId()), print);
    }

    @EventListener
    void on(DocumentStored stored) {
        Map<String, Object> print = rows.document(stored.documentId()).orElseThrow();
        trail.append(AuditKind.DOCUMENT_ADDED, stored.uploadedBy(), subject(stored.decisionId()), print);
    }

    /** One link per comment, as for a comment stored alone: the chain vouches for each by its own hashes. */
    @EventListener
    void on(PublicCommentsReceived received) {
        List<AuditTrail.Link> links = rows.publicComments(received.commentIds()).stream()
                .map(print -> new AuditTrail.Link(subject((Long) print.get(VouchedRows.DECISION_ID)), print))
                .toList();
        if (links.size() != received.commentIds().size()) {
            throw new IllegalStateException("public comments to vouch for not found: " + received.commentIds());
        }
        trail.appendAll(AuditKind.PUBLIC_COMMENT, "public", links);
    }

    static String subject(long decisionId) {
        return "decision:" + decisionId;
    }
}
