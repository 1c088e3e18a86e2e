package cn.juece.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.juece.archive.ArchiveSeals;
import cn.juece.catalogue.Catalogue;
import cn.juece.dossier.Documents;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionProgress;
import cn.juece.decision.DecisionProgress.Diagram;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.DossierAccess;
import cn.juece.decision.DossierTimeline;
import cn.juece.meeting.MeetingDisclosure;
import cn.juece.procedure.ShanghaiTime;
import cn.juece.security.Directory;

/** 决策事项 and each one's dossier (案卷): particulars, current stage, process diagrams, every recorded step. */
@Controller
class DossierController {

    static final String LIST_VIEW = "dossier/list";
    static final String DOSSIER_VIEW = "dossier/dossier";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ShanghaiTime.ZONE);

    private final DecisionWorkflow decisions;
    private final DossierAccess access;
    private final DecisionProgress progress;
    private final DossierTimeline timeline;
    private final Catalogue catalogue;
    private final Directory directory;
    private final Documents documents;
    private final ArchiveSeals seals;

    DossierController(DecisionWorkflow decisions, DossierAccess access, DecisionProgress progress,
                      DossierTimeline timeline, Catalogue catalogue, Directory directory, Documents documents,
                      ArchiveSeals seals) {
        this.documents = documents;
        this.seals = seals;
        this.decisions = decisions;
        this.access = access;
        this.progress = progress;
        this.timeline = timeline;
        this.catalogue = catalogue;
        this.directory = directory;
    }

    @GetMapping("/decisions")
    String list(Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        model.addAttribute("rows", decisions.all().stream()
                .filter(decision -> access.maySee(user.id(), user.groups(), decision))
                .map(decision -> new Row(decision.id(), decision.reference(), decision.title(),
                        decision.status().label(), format(decision.proposedAt())))
                .toList());
        return LIST_VIEW;
    }

    @GetMapping("/decisions/{id:\\d+}")
    String dossier(@PathVariable long id, Authentication authentication, Model model) {
        Decision decision = visible(id, authentication);
        MeetingDisclosure disclosure = MeetingDisclosure.to(CurrentUser.of(authentication).groups());
        model.addAttribute("decision", decision);
        model.addAttribute("status", decision.status().label());
        model.addAttribute("proposer", directory.displayName(decision.proposer()));
        model.addAttribute("proposedAt", format(decision.proposedAt()));
        model.addAttribute("archivedAt", decision.archivedAt() == null ? "" : format(decision.archivedAt()));
        model.addAttribute("catalogueItem", catalogue.item(decision.catalogueItemId())
                .map(CatalogueItem::matter).orElse(""));
        model.addAttribute("sponsorUnit", access.sponsorUnit(decision).map(directory::unitName).orElse(""));
        model.addAttribute("previous", decision.previousDecisionId() == null ? null
                : decisions.find(decision.previousDecisionId()).orElse(null));
        model.addAttribute("tasks", progress.openTasks(decision));
        model.addAttribute("waiting", progress.waitingFor(decision));
        model.addAttribute("diagrams", progress.diagrams(decision));
        model.addAttribute("entries", timeline.of(decision.id(), disclosure::withholds));
        model.addAttribute("documents", documents.ofDecision(decision.id()).stream()
                .filter(document -> !disclosure.withholds(document.activityId())).toList());
        model.addAttribute("readsTheMeeting", disclosure.readsTheMeeting());
        model.addAttribute("directory", directory);
        seals.find(decision.id()).ifPresent(seal -> {
            model.addAttribute("sealedAt", format(seal.sealedAt()));
            model.addAttribute("sealHash", seal.manifestSha256());
        });
        model.addAttribute("mayExport", ArchiveSeals.mayExport(CurrentUser.of(authentication).groups()));
        return DOSSIER_VIEW;
    }

    /** A dossier file, for whoever may see its dossier and the step it was filed with. */
    @GetMapping("/documents/{id:\\d+}")
    ResponseEntity<byte[]> document(@PathVariable long id, Authentication authentication) {
        Documents.Document document = documents.find(id).orElseThrow(NotFound::new);
        visible(document.decisionId(), authentication);
        if (MeetingDisclosure.to(CurrentUser.of(authentication).groups()).withholds(document.activityId())) {
            throw new Refused();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", document.sha256())
                .body(documents.content(id));
    }

    /** A process model of the decision with its finished and active activity ids, for the page's diagram. */
    @GetMapping(path = "/decisions/{id:\\d+}/diagram/{processDefinitionId}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Diagram diagram(@PathVariable long id, @PathVariable String processDefinitionId, Authentication authentication) {
        return progress.diagram(visible(id, authentication), processDefinitionId).orElseThrow(NotFound::new);
    }

    private Decision visible(long id, Authentication authentication) {
        Decision decision = decisions.find(id).orElseThrow(NotFound::new);
        CurrentUser user = CurrentUser.of(authentication);
        if (!access.maySee(user.id(), user.groups(), decision)) {
            throw new Refused();
        }
        return decision;
    }

    private static String format(Instant instant) {
        return TIME.format(instant);
    }

    /** One line of the decision list. */
    public record Row(long id, String reference, String title, String status, String proposedAt) {
    }

    // Not ResponseStatusException: with problem details on, that would answer JSON instead of the error page.
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
    }

    @ResponseStatus(HttpStatus.FORBIDDEN)
    static class Refused extends RuntimeException {
    }
}
