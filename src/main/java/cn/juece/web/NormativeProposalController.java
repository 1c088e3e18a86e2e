package cn.juece.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.juece.decision.Decision;
import cn.juece.normative.NormativeDocuments;
import cn.juece.normative.NormativeProposal;
import cn.juece.procedure.ProcedureViolation;

/** A sponsoring unit proposes a normative document, which its own unit then drafts. */
@Controller
@PreAuthorize("hasAuthority('sponsor')")
class NormativeProposalController {

    static final String VIEW = "normative/new";

    private final NormativeDocuments documents;

    NormativeProposalController(NormativeDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/normative/new")
    String initCreationForm(Model model) {
        return render(new NormativeProposal("", "", "", ""), Map.of(), model);
    }

    @PostMapping("/normative/new")
    String processCreationForm(@ModelAttribute NormativeProposal form, Authentication authentication, Model model,
                               RedirectAttributes redirect) {
        try {
            Decision document = documents.propose(form, authentication.getName());
            redirect.addFlashAttribute("notice", "normative.submitted");
            return "redirect:/decisions/" + document.id();
        } catch (ProcedureViolation refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.errors().forEach(error -> errors.merge(error.field() == null ? "" : error.field(),
                    error.message(), (a, b) -> a + "；" + b));
            return render(form, errors, model);
        }
    }

    private static String render(NormativeProposal form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
