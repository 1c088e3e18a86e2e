package cn.juece.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.juece.archive.DossierSealed;
import cn.juece.catalogue.CatalogueChanged;

/**
 * Appends the changes of the records kept beside the dossier: every catalogue change and
 * each dossier's seal. Heard synchronously, so the link commits with the change or not at all.
 */
@Component
class RecordAudit {

    private final AuditTrail trail;

    RecordAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(CatalogueChanged changed) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("change", changed.change().name());
        payload.put("catalogueId", changed.catalogueId());
        if (changed.itemId() != null) {
            payload.put("itemId", changed.itemId());
        }
        if (changed.adjustmentId() != null) {
            payload.put("adjustmentId", changed.adjustmentId());
        }
        trail.append(AuditKind.CATALOGUE_CHANGED, changed.actor(), catalogue(changed.catalogueId()), payload);
    }

    @EventListener
    void on(DossierSealed sealed) {
        trail.append(AuditKind.ARCHIVE_SEALED, "system", DossierAudit.subject(sealed.decisionId()),
                Map.of("manifestSha256", sealed.manifestSha256()));
    }

    static String catalogue(long catalogueId) {
        return "catalogue:" + catalogueId;
    }
}
