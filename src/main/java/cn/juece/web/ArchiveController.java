package cn.juece.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.juece.archive.ArchiveExport;
import cn.juece.archive.ArchiveSeals;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.DossierAccess;

/**
 * 下载归档包: the sealed dossier as a ZIP, for the office, supervisors and the administrator
 * ({@link ArchiveSeals#mayExport}); refused with what differs when the dossier no longer
 * matches its seal.
 */
@Controller
class ArchiveController {

    static final String MISMATCH_VIEW = "archive/mismatch";

    private final DecisionWorkflow decisions;
    private final DossierAccess access;
    private final ArchiveSeals seals;
    private final ArchiveExport export;

    ArchiveController(DecisionWorkflow decisions, DossierAccess access, ArchiveSeals seals, ArchiveExport export) {
        this.decisions = decisions;
        this.access = access;
        this.seals = seals;
        this.export = export;
    }

    @GetMapping("/decisions/{id:\\d+}/archive.zip")
    String archive(@PathVariable long id, Authentication authentication, Model model, HttpServletResponse response)
            throws IOException {
        Decision decision = decisions.find(id).orElseThrow(DossierController.NotFound::new);
        CurrentUser user = CurrentUser.of(authentication);
        if (!access.maySee(user.id(), user.groups(), decision) || !ArchiveSeals.mayExport(user.groups())) {
            throw new DossierController.Refused();
        }
        if (seals.find(id).isEmpty()) {
            throw new DossierController.NotFound();
        }
        List<String> mismatches = export.mismatches(decision);
        if (!mismatches.isEmpty()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("decision", decision);
            model.addAttribute("mismatches", mismatches);
            return MISMATCH_VIEW;
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(decision.reference() + "-归档包.zip", StandardCharsets.UTF_8).build().toString());
        export.write(decision, response.getOutputStream());
        response.flushBuffer();
        return null;
    }
}
