package cn.juece.web;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueDrafting;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.catalogue.CatalogueRefused;
import cn.juece.catalogue.Categories;
import cn.juece.catalogue.ImportRefused;
import cn.juece.security.Directory;

/** The office writes the items of a draft catalogue: one by one, or all at once from a CSV file. */
@Controller
@PreAuthorize("hasAuthority('office')")
class CatalogueItemController {

    static final String EDIT_VIEW = "catalogue/item";
    /** Larger than any catalogue's CSV; the upload limit of the server is for dossier files. */
    static final long MAX_CSV_BYTES = 2 * 1024 * 1024;

    private final Catalogue catalogue;
    private final CatalogueDrafting drafting;
    private final CataloguePage page;
    private final Directory directory;

    CatalogueItemController(Catalogue catalogue, CatalogueDrafting drafting, CataloguePage page, Directory directory) {
        this.catalogue = catalogue;
        this.drafting = drafting;
        this.page = page;
        this.directory = directory;
    }

    @PostMapping("/catalogues/{id:\\d+}/items")
    String addItem(@PathVariable long id, @ModelAttribute CatalogueItemForm form, Authentication authentication,
                   Model model, RedirectAttributes redirect) {
        page.find(id);
        try {
            drafting.addItem(id, form.toFields(), authentication.getName());
            redirect.addFlashAttribute("notice", "catalogue.itemAdded");
            return "redirect:/catalogues/" + id;
        } catch (CatalogueRefused refused) {
            model.addAttribute("itemForm", form);
            return page.refused(id, "item", refused, model);
        }
    }

    @GetMapping("/catalogues/{id:\\d+}/items/{itemId:\\d+}/edit")
    String initUpdateForm(@PathVariable long id, @PathVariable long itemId, Model model) {
        return editForm(id, item(id, itemId), CatalogueItemForm.of(item(id, itemId)), Map.of(), model);
    }

    @PostMapping("/catalogues/{id:\\d+}/items/{itemId:\\d+}/edit")
    String processUpdateForm(@PathVariable long id, @PathVariable long itemId, @ModelAttribute CatalogueItemForm form,
                             Authentication authentication, Model model, RedirectAttributes redirect) {
        CatalogueItem item = item(id, itemId);
        try {
            drafting.changeItem(id, itemId, form.toFields(), authentication.getName());
            redirect.addFlashAttribute("notice", "catalogue.itemChanged");
            return "redirect:/catalogues/" + id;
        } catch (CatalogueRefused refused) {
            return editForm(id, item, form, Map.of(refused.field() == null ? "" : refused.field(),
                    refused.getMessage()), model);
        }
    }

    @PostMapping("/catalogues/{id:\\d+}/items/{itemId:\\d+}/delete")
    String deleteItem(@PathVariable long id, @PathVariable long itemId, Authentication authentication, Model model,
                      RedirectAttributes redirect) {
        item(id, itemId);
        try {
            drafting.deleteItem(id, itemId, authentication.getName());
            redirect.addFlashAttribute("notice", "catalogue.itemDeleted");
            return "redirect:/catalogues/" + id;
        } catch (CatalogueRefused refused) {
            return page.refused(id, "items", refused, model);
        }
    }

    @PostMapping("/catalogues/{id:\\d+}/import")
    String importItems(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                     Authentication authentication, Model model, RedirectAttributes redirect) throws IOException {
        page.find(id);
        try {
            if (file == null || file.isEmpty()) {
                throw new CatalogueRefused("file", "请选择要导入的 CSV 文件");
            }
            if (file.getSize() > MAX_CSV_BYTES) {
                throw new CatalogueRefused("file", "文件过大（不超过 2 MB）");
            }
            int count = drafting.importItems(id, file.getBytes(), authentication.getName());
            redirect.addFlashAttribute("notice", "catalogue.imported");
            redirect.addFlashAttribute("importedCount", count);
            return "redirect:/catalogues/" + id;
        } catch (ImportRefused refused) {
            model.addAttribute("importProblems", refused.problems());
            return page.refused(id, "import", refused, model);
        } catch (CatalogueRefused refused) {
            return page.refused(id, "import", refused, model);
        }
    }

    private CatalogueItem item(long id, long itemId) {
        page.find(id);
        return catalogue.item(itemId).filter(item -> item.catalogueId() == id)
                .orElseThrow(DossierController.NotFound::new);
    }

    private String editForm(long id, CatalogueItem item, CatalogueItemForm form, Map<String, String> errors,
                            Model model) {
        model.addAttribute("catalogue", page.find(id));
        model.addAttribute("item", item);
        model.addAttribute("itemForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", directory.units());
        model.addAttribute("categories", Categories.LABELS.keySet());
        return EDIT_VIEW;
    }
}
