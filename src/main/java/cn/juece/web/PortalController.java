package cn.juece.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import cn.juece.participation.CommentRefused;
import cn.juece.participation.Consultation;
import cn.juece.participation.Portal;
import cn.juece.participation.PublicComments;
import cn.juece.participation.PublishedDecision;
import cn.juece.participation.TooManyComments;
import cn.juece.procedure.ShanghaiTime;

/** 公众参与, open to everyone without login: drafts under consultation, comments on them, published decisions. */
@Controller
@RequestMapping("/portal")
class PortalController {

    static final String INDEX_VIEW = "portal/index";
    static final String CONSULTATION_VIEW = "portal/consultation";
    static final String DECISION_VIEW = "portal/decision";

    /** Legal times are Beijing times, whatever zone the server runs in. */
    private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ShanghaiTime.ZONE);

    private final Portal portal;

    PortalController(Portal portal) {
        this.portal = portal;
    }

    @ModelAttribute("beijingTime")
    DateTimeFormatter beijingTime() {
        return BEIJING_TIME;
    }

    @ModelAttribute("maxCommentLength")
    int maxCommentLength() {
        return PublicComments.MAX_COMMENT_LENGTH;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("consultations", portal.openConsultations());
        model.addAttribute("published", portal.publishedDecisions());
        return INDEX_VIEW;
    }

    @GetMapping("/consultations/{decisionId}")
    String initCommentForm(@PathVariable long decisionId, @RequestParam(required = false) String received,
                           Model model) {
        model.addAttribute("consultation", consultation(decisionId));
        if (received != null && received.matches("\\d{1,18}") && portal.received(decisionId, Long.parseLong(received))) {
            model.addAttribute("receivedNumber", Long.parseLong(received));
        }
        model.addAttribute("form", CommentForm.EMPTY);
        return CONSULTATION_VIEW;
    }

    @PostMapping("/consultations/{decisionId}/comments")
    String processCommentForm(@PathVariable long decisionId, @Valid @ModelAttribute("form") CommentForm form,
                              BindingResult result, HttpServletRequest request, HttpServletResponse response,
                              Model model) {
        if (result.hasErrors()) {
            model.addAttribute("consultation", consultation(decisionId));
            model.addAttribute("errors", firstErrorPerField(result));
            return CONSULTATION_VIEW;
        }
        try {
            // The connection's own address, not X-Forwarded-For: that header is written by the
            // client, so trusting it would give every comment a fresh identity of its choosing.
            // Behind a reverse proxy the proxy profile (application-proxy.yml) has the container
            // take the address from the trusted proxy's header instead.
            long number = portal.comment(decisionId, request.getRemoteAddr(), form.name(), form.contact(), form.text());
            // the receipt in the address, not a flash attribute: the portal keeps no session, so a
            // crowd of visitors writes no session rows (a number shows only if it is this draft's comment)
            return "redirect:/portal/consultations/" + decisionId + "?received=" + number;
        } catch (TooManyComments refused) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("error", refused.getMessage());
        } catch (CommentRefused refused) {
            model.addAttribute("error", refused.getMessage());
        }
        // read only to show the form again: an accepted comment is answered with a redirect, and
        // this lookup (five queries, dossier JSON) was most of the time spent on one (BENCHMARKS.md)
        model.addAttribute("consultation", consultation(decisionId));
        return CONSULTATION_VIEW;
    }

    /** Where the language link leads after a refused comment: back to the page, not a 405. */
    @GetMapping("/consultations/{decisionId}/comments")
    String backToConsultation(@PathVariable long decisionId) {
        return "redirect:/portal/consultations/" + decisionId;
    }

    @GetMapping("/decisions/{decisionId}")
    String showDecision(@PathVariable long decisionId, Model model) {
        PublishedDecision decision = portal.publishedDecision(decisionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("decision", decision);
        return DECISION_VIEW;
    }

    /** 404 alike for an unknown decision and for one whose draft was never put to the public. */
    private Consultation consultation(long decisionId) {
        return portal.consultation(decisionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Map<String, String> firstErrorPerField(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        return errors;
    }
}
