package cn.juece.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.juece.audit.AuditTrail;
import cn.juece.audit.AuditVerifier;
import cn.juece.procedure.ShanghaiTime;
import cn.juece.security.Directory;
import cn.juece.security.Groups;

/**
 * The audit trail (审计链) for those who oversee: verify the whole chain or one decision's
 * dossier against it, and read the latest links. Verifying only reads, so it is a GET.
 */
@Controller
class AuditController {

    static final String AUDIT_VIEW = "audit/audit";
    static final int RECENT = 50;
    private static final Set<String> OVERSEERS = Set.of(Groups.SUPERVISOR, Groups.OFFICE, Groups.ADMIN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ShanghaiTime.ZONE);

    private final AuditTrail trail;
    private final AuditVerifier verifier;
    private final Directory directory;

    AuditController(AuditTrail trail, AuditVerifier verifier, Directory directory) {
        this.trail = trail;
        this.verifier = verifier;
        this.directory = directory;
    }

    @GetMapping("/audit")
    String audit(Authentication authentication, Model model) {
        refuseOthers(authentication);
        return page(model);
    }

    @GetMapping("/audit/verify")
    String verifyChain(Authentication authentication, Model model) {
        refuseOthers(authentication);
        model.addAttribute("result", verifier.verifyChain());
        return page(model);
    }

    @GetMapping("/audit/dossier")
    String verifyDossier(@RequestParam(defaultValue = "") String reference, Authentication authentication,
                         Model model) {
        refuseOthers(authentication);
        model.addAttribute("reference", reference);
        if (reference.isBlank()) {
            model.addAttribute("referenceError", "audit.reference.required");
        } else {
            model.addAttribute("result", verifier.verifyDossier(reference));
        }
        return page(model);
    }

    private String page(Model model) {
        List<Row> rows = trail.recent(RECENT).stream().map(entry -> new Row(entry.seq(),
                TIME.format(entry.recordedAt()), directory.displayName(entry.actor()), entry.kindLabel(),
                entry.subject(), entry.hash().substring(0, 16))).toList();
        model.addAttribute("rows", rows);
        return AUDIT_VIEW;
    }

    private static void refuseOthers(Authentication authentication) {
        if (CurrentUser.of(authentication).groups().stream().noneMatch(OVERSEERS::contains)) {
            throw new DossierController.Refused();
        }
    }

    /** One link as the page lists it. */
    public record Row(long seq, String recordedAt, String actor, String kind, String subject, String hash) {
    }
}
