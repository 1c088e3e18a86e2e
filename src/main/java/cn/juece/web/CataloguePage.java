package cn.juece.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.juece.catalogue.AnnualCatalogue;
import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueAdjustments;
import cn.juece.catalogue.CatalogueRefused;
import cn.juece.catalogue.Categories;
import cn.juece.procedure.ShanghaiTime;
import cn.juece.security.Directory;

/** The model of the office's catalogue page, shown afresh or again with a refusal beside its form. */
@Component
class CataloguePage {

    static final String VIEW = "catalogue/catalogue";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ShanghaiTime.ZONE);

    private final Catalogue catalogue;
    private final CatalogueAdjustments adjustments;
    private final Directory directory;

    CataloguePage(Catalogue catalogue, CatalogueAdjustments adjustments, Directory directory) {
        this.catalogue = catalogue;
        this.adjustments = adjustments;
        this.directory = directory;
    }

    /**
     * The section that shows the refusal: the one asked for if the page has it, else the items
     * list, as a post to a part the page no longer shows (adding to a published catalogue, deciding
     * an adjustment already decided) must still say why it was refused.
     */
    private String shownSection(AnnualCatalogue shown, String section) {
        boolean draftOnly = List.of("item", "import", "publish").contains(section);
        boolean hiddenAdjustment = section.startsWith("adjustment-") && (!shown.isPublished()
                || adjustments.ofCatalogue(shown.id()).stream()
                        .noneMatch(a -> a.isPending() && section.equals("adjustment-" + a.id())));
        return (draftOnly && !shown.isDraft()) || hiddenAdjustment ? "items" : section;
    }

    AnnualCatalogue find(long id) {
        return catalogue.catalogue(id).orElseThrow(DossierController.NotFound::new);
    }

    String show(long id, Model model) {
        AnnualCatalogue shown = find(id);
        model.addAttribute("catalogue", shown);
        model.addAttribute("items", catalogue.items(id));
        model.addAttribute("adjustments", adjustments.ofCatalogue(id));
        model.addAttribute("time", TIME);
        model.addAttribute("directory", directory);
        model.addAttribute("units", directory.units());
        model.addAttribute("categories", Categories.LABELS.keySet());
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", CatalogueItemForm.EMPTY);
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return VIEW;
    }

    /** The page again, the refusal shown in {@code section} (and beside its field when it names one). */
    String refused(long id, String section, CatalogueRefused refused, Model model) {
        model.addAttribute("section", shownSection(find(id), section));
        model.addAttribute("error", refused.getMessage());
        model.addAttribute("errors", refused.field() == null ? Map.of() : Map.of(refused.field(), refused.getMessage()));
        return show(id, model);
    }
}
