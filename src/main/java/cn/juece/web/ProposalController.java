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

import cn.juece.catalogue.Catalogue;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.Proposal;
import cn.juece.procedure.ProcedureViolation;

/** A sponsoring unit proposes a decision on an item of the published catalogue (Art. 10-11). */
@Controller
@PreAuthorize("hasAuthority('sponsor')")
class ProposalController {

    static final String VIEW = "decisions/new";

    private final DecisionWorkflow decisions;
    private final Catalogue catalogue;

    ProposalController(DecisionWorkflow decisions, Catalogue catalogue) {
        this.decisions = decisions;
        this.catalogue = catalogue;
    }

    @GetMapping("/decisions/new")
    String initCreationForm(Model model) {
        return render(emptyProposal(), Map.of(), model);
    }

    @PostMapping("/decisions/new")
    String processCreationForm(@ModelAttribute ProposalForm form, Authentication authentication, Model model,
                               RedirectAttributes redirect) {
        try {
            Decision decision = decisions.propose(form.toProposal(), authentication.getName());
            redirect.addFlashAttribute("notice", "proposal.submitted");
            return "redirect:/decisions/" + decision.id();
        } catch (ProcedureViolation refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.errors().forEach(error -> errors.merge(error.field() == null ? "" : error.field(),
                    error.message(), (a, b) -> a + "；" + b));
            return render(form, errors, model);
        }
    }

    private String render(ProposalForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("items", catalogue.startableItems());
        return VIEW;
    }

    private static ProposalForm emptyProposal() {
        return new ProposalForm(null, "", "", "", "", "", false);
    }
}
