package cn.juece.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueAdjustments;
import cn.juece.catalogue.CatalogueDrafting;
import cn.juece.catalogue.CatalogueRefused;
import cn.juece.procedure.ShanghaiTime;

/** The government office keeps the annual catalogues: drafts them, records consent, publishes, decides adjustments. */
@Controller
@PreAuthorize("hasAuthority('office')")
class CatalogueController {

    static final String LIST_VIEW = "catalogue/list";
    static final String NEW_VIEW = "catalogue/new";
    /** The regions with a label and calendar data; the service checks the calendar covers the one chosen. */
    static final List<String> REGIONS = List.of("national", "guangxi");

    private final Catalogue catalogue;
    private final CatalogueDrafting drafting;
    private final CatalogueAdjustments adjustments;
    private final CataloguePage page;

    CatalogueController(Catalogue catalogue, CatalogueDrafting drafting, CatalogueAdjustments adjustments,
                        CataloguePage page) {
        this.catalogue = catalogue;
        this.drafting = drafting;
        this.adjustments = adjustments;
        this.page = page;
    }

    @GetMapping("/catalogues")
    String list(Model model) {
        model.addAttribute("catalogues", catalogue.catalogues().stream()
                .map(c -> new Row(c.id(), c.title(), c.year(), c.status(), catalogue.items(c.id()).size(),
                        adjustments.ofCatalogue(c.id()).stream().filter(a -> a.isPending()).count()))
                .toList());
        return LIST_VIEW;
    }

    @GetMapping("/catalogues/new")
    String initCreationForm(Model model) {
        return newForm("某市人民政府", "national", String.valueOf(ShanghaiTime.today().getYear() + 1), Map.of(), model);
    }

    @PostMapping("/catalogues/new")
    String processCreationForm(@RequestParam(defaultValue = "") String organ,
                               @RequestParam(defaultValue = "") String region,
                               @RequestParam(defaultValue = "") String year, Authentication authentication,
                               Model model, RedirectAttributes redirect) {
        try {
            int parsedYear = parseYear(year);
            long id = drafting.createDraft(organ, region, parsedYear, authentication.getName());
            redirect.addFlashAttribute("notice", "catalogue.created");
            return "redirect:/catalogues/" + id;
        } catch (CatalogueRefused refused) {
            return newForm(organ, region, year, Map.of(refused.field() == null ? "" : refused.field(),
                    refused.getMessage()), model);
        }
    }

    @GetMapping("/catalogues/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return page.show(id, model);
    }

    @PostMapping("/catalogues/{id:\\d+}/consent")
    String recordConsent(@PathVariable long id, @RequestParam(defaultValue = "") String consentDate,
                         @RequestParam(defaultValue = "") String consentText, Authentication authentication,
                         Model model, RedirectAttributes redirect) {
        page.find(id);
        try {
            drafting.recordConsent(id, date(consentDate), consentText, authentication.getName());
            redirect.addFlashAttribute("notice", "catalogue.consentRecorded");
            return "redirect:/catalogues/" + id;
        } catch (CatalogueRefused refused) {
            model.addAttribute("consentDate", consentDate);
            model.addAttribute("consentText", consentText);
            return page.refused(id, "consent", refused, model);
        }
    }

    @PostMapping("/catalogues/{id:\\d+}/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
                   Authentication authentication, Model model, RedirectAttributes redirect) {
        page.find(id);
        try {
            if (!confirmed) {
                throw new CatalogueRefused("confirmed", "请勾选确认；目录公布后不可撤回，事项只能通过目录调整变动");
            }
            drafting.publish(id, authentication.getName());
            redirect.addFlashAttribute("notice", "catalogue.published");
            return "redirect:/catalogues/" + id;
        } catch (CatalogueRefused refused) {
            return page.refused(id, "publish", refused, model);
        }
    }

    @PostMapping("/catalogues/{id:\\d+}/adjustments/{adjustmentId:\\d+}/{verdict:approve|reject}")
    String decideAdjustment(@PathVariable long id, @PathVariable long adjustmentId, @PathVariable String verdict,
                            @RequestParam(defaultValue = "") String decisionReason,
                            @RequestParam(defaultValue = "false") boolean confirmed, Authentication authentication,
                            Model model, RedirectAttributes redirect) {
        page.find(id);
        try {
            if (adjustments.ofCatalogue(id).stream().noneMatch(a -> a.id() == adjustmentId)) {
                throw new DossierController.NotFound();
            }
            if (!confirmed) {
                throw new CatalogueRefused("confirmed", "请勾选确认；审批意见提交后不可撤回");
            }
            if ("approve".equals(verdict)) {
                adjustments.approve(adjustmentId, decisionReason, authentication.getName());
            } else {
                adjustments.reject(adjustmentId, decisionReason, authentication.getName());
            }
            redirect.addFlashAttribute("notice", "catalogue.adjustment." + verdict + "d");
            return "redirect:/catalogues/" + id;
        } catch (CatalogueRefused refused) {
            model.addAttribute("decisionReason", decisionReason);
            return page.refused(id, "adjustment-" + adjustmentId, refused, model);
        }
    }

    private String newForm(String organ, String region, String year, Map<String, String> errors, Model model) {
        model.addAttribute("organ", organ);
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("regions", REGIONS);
        model.addAttribute("errors", errors);
        return NEW_VIEW;
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new CatalogueRefused("year", "请填写有效的目录年度，如 2027");
        }
    }

    private static LocalDate date(String value) {
        LocalDate date;
        try {
            date = value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CatalogueRefused("consentDate", "日期应写作 2026-12-31");
        }
        if (date != null && date.getYear() < 2000) {
            throw new CatalogueRefused("consentDate", "日期不在有效范围内，应写作 2026-12-31");
        }
        return date;
    }

    /** One catalogue in the list. */
    public record Row(long id, String title, int year, String status, int items, long pendingAdjustments) {
    }
}
