package cn.juece.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.juece.catalogue.Adjustment.Kind;
import cn.juece.catalogue.AnnualCatalogue;
import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueAdjustments;
import cn.juece.catalogue.CatalogueRefused;
import cn.juece.catalogue.Categories;
import cn.juece.security.Directory;

/** A sponsoring unit proposes to add, remove or change an item of its own unit in a published catalogue. */
@Controller
@PreAuthorize("hasAuthority('sponsor')")
class AdjustmentController {

    static final String LIST_VIEW = "catalogue/adjustments";
    static final String NEW_VIEW = "catalogue/adjustment";

    private final Catalogue catalogue;
    private final CatalogueAdjustments adjustments;
    private final Directory directory;

    AdjustmentController(Catalogue catalogue, CatalogueAdjustments adjustments, Directory directory) {
        this.catalogue = catalogue;
        this.adjustments = adjustments;
        this.directory = directory;
    }

    @GetMapping("/catalogues/adjustments")
    String list(Authentication authentication, Model model) {
        List<String> units = units(authentication);
        model.addAttribute("catalogues", catalogue.publishedCatalogues());
        model.addAttribute("adjustments", adjustments.ofUnits(units));
        model.addAttribute("directory", directory);
        model.addAttribute("time", CataloguePage.TIME);
        return LIST_VIEW;
    }

    @GetMapping("/catalogues/{id:\\d+}/adjustments/new")
    String initCreationForm(@PathVariable long id, @RequestParam(required = false) Kind kind,
                            @RequestParam(required = false) Long itemId, Authentication authentication, Model model) {
        AnnualCatalogue shown = published(id);
        CatalogueItemForm form = itemId == null ? new CatalogueItemForm("", "", units(authentication).stream()
                .findFirst().orElse(""), "", null, "")
                : catalogue.item(itemId).filter(i -> i.catalogueId() == id).map(CatalogueItemForm::of)
                        .orElseThrow(DossierController.NotFound::new);
        return form(shown, kind, itemId, form, "", Map.of(), authentication, model);
    }

    @PostMapping("/catalogues/{id:\\d+}/adjustments/new")
    String processCreationForm(@PathVariable long id, @RequestParam(required = false) Kind kind,
                               @RequestParam(required = false) Long itemId,
                               @RequestParam(defaultValue = "") String reason, @ModelAttribute CatalogueItemForm form,
                               Authentication authentication, Model model, RedirectAttributes redirect) {
        AnnualCatalogue shown = published(id);
        try {
            var request = new CatalogueAdjustments.Request(kind, itemId, kind == Kind.REMOVE ? null : form.toFields(),
                    reason);
            adjustments.propose(id, request, authentication.getName());
            redirect.addFlashAttribute("notice", "catalogue.adjustment.submitted");
            return "redirect:/catalogues/adjustments";
        } catch (CatalogueRefused refused) {
            return form(shown, kind, itemId, form, reason, Map.of(refused.field() == null ? "" : refused.field(),
                    refused.getMessage()), authentication, model);
        }
    }

    private String form(AnnualCatalogue shown, Kind kind, Long itemId, CatalogueItemForm form, String reason,
                        Map<String, String> errors, Authentication authentication, Model model) {
        List<String> units = units(authentication);
        model.addAttribute("catalogue", shown);
        model.addAttribute("kind", kind == null ? "" : kind.name());
        model.addAttribute("itemId", itemId);
        model.addAttribute("ownItems", catalogue.items(shown.id()).stream()
                .filter(item -> units.contains(item.sponsorUnit()) && item.isPublished()).toList());
        model.addAttribute("item", itemId == null ? null : catalogue.item(itemId).orElse(null));
        model.addAttribute("itemForm", form);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("units", directory.units().entrySet().stream()
                .filter(unit -> units.contains(unit.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        model.addAttribute("categories", Categories.LABELS.keySet());
        return NEW_VIEW;
    }

    private AnnualCatalogue published(long id) {
        return catalogue.catalogue(id).filter(AnnualCatalogue::isPublished)
                .orElseThrow(DossierController.NotFound::new);
    }

    private List<String> units(Authentication authentication) {
        return CurrentUser.of(authentication).groups().stream().filter(directory::isUnit).toList();
    }
}
