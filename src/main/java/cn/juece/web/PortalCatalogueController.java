package cn.juece.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.juece.catalogue.AnnualCatalogue;
import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.procedure.ShanghaiTime;
import cn.juece.security.Directory;

/** The published annual catalogues, for everyone without login: only what is published, removed items marked. */
@Controller
class PortalCatalogueController {

    static final String VIEW = "portal/catalogues";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ShanghaiTime.ZONE);

    private final Catalogue catalogue;
    private final Directory directory;

    PortalCatalogueController(Catalogue catalogue, Directory directory) {
        this.catalogue = catalogue;
        this.directory = directory;
    }

    @GetMapping("/portal/catalogues")
    String catalogues(Model model) {
        model.addAttribute("catalogues", catalogue.publishedCatalogues().stream()
                .map(shown -> new Published(shown, catalogue.items(shown.id()).stream()
                        // an item drafted but never published (possible only for items of before V4) stays out
                        .filter(item -> item.isPublished() || item.isRemoved()).toList()))
                .toList());
        model.addAttribute("directory", directory);
        model.addAttribute("date", DATE);
        return VIEW;
    }

    /** A published catalogue with its items. */
    public record Published(AnnualCatalogue catalogue, List<CatalogueItem> items) {
    }
}
