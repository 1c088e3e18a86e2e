package cn.juece.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.juece.procedure.ProcedureViolation;
import cn.juece.task.DueLight;
import cn.juece.task.TaskListing;
import cn.juece.task.TaskSummary;
import cn.juece.task.WorkflowTasks;

/** 工作台: my tasks (待办), my groups' tasks (组待办) with claim and unclaim, and done (已办). */
@Controller
class TaskListController {

    static final String VIEW = "tasks/list";

    private final TaskListing listing;
    private final WorkflowTasks workflow;

    TaskListController(TaskListing listing, WorkflowTasks workflow) {
        this.listing = listing;
        this.workflow = workflow;
    }

    @GetMapping("/")
    String list(Authentication authentication, @RequestParam(required = false) String tab,
                @RequestParam(required = false) String stage, @RequestParam(required = false) String unit,
                @RequestParam(required = false) DueLight due, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        // Only the shown tab's rows are read; the other tabs show counts (已办 none: counting a
        // user's whole history is the slow part at scale, issue 6.2).
        Map<String, Long> counts = new HashMap<>();
        counts.put("mine", listing.countMine(user.id()));
        counts.put("group", listing.countGroup(user.groups()));
        String shown = shownTab(tab, counts.get("mine"), counts.get("group"));
        List<TaskSummary> all = switch (shown) {
            case "group" -> listing.group(user.groups());
            case "done" -> listing.done(user.id());
            default -> listing.mine(user.id());
        };
        counts.put(shown, (long) all.size());
        List<TaskSummary> rows = all.stream()
                .filter(row -> stage == null || stage.isBlank() || stage.equals(row.processKey()))
                .filter(row -> unit == null || unit.isBlank() || unit.equals(row.sponsorUnit()))
                .filter(row -> due == null || due == row.light())
                .toList();
        model.addAttribute("tab", shown);
        model.addAttribute("counts", counts);
        model.addAttribute("stages", stages(all));
        model.addAttribute("stage", stage == null ? "" : stage);
        model.addAttribute("units", units(all));
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("due", due == null ? "" : due.name());
        model.addAttribute("rows", rows);
        return VIEW;
    }

    /**
     * The tab asked for; without one, the user lands on their own work: 待办, or 组待办 when
     * nothing is assigned to them yet and their groups have tasks waiting to be claimed.
     */
    static String shownTab(String requested, long mine, long group) {
        if (requested != null && List.of("mine", "group", "done").contains(requested)) {
            return requested;
        }
        return requested == null && mine == 0 && group > 0 ? "group" : "mine";
    }

    /** The stages of the tab's rows, process key to Chinese name, by name; the page shows each in its language. */
    private static Map<String, String> stages(List<TaskSummary> rows) {
        Map<String, String> stages = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(TaskSummary::stage))
                .forEach(row -> stages.putIfAbsent(row.processKey(), row.stage()));
        return stages;
    }

    /** The sponsoring units of the tab's rows, group id to name, by name. */
    private static Map<String, String> units(List<TaskSummary> rows) {
        Map<String, String> units = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.sponsorUnit().isEmpty())
                .sorted(Comparator.comparing(TaskSummary::sponsorUnitName))
                .forEach(row -> units.putIfAbsent(row.sponsorUnit(), row.sponsorUnitName()));
        return units;
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        try {
            workflow.claim(id, user.id(), user.groups());
            redirect.addFlashAttribute("notice", "task.claimed");
        } catch (ProcedureViolation refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/?tab=mine";
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        try {
            workflow.unclaim(id, CurrentUser.of(authentication).id());
            redirect.addFlashAttribute("notice", "task.unclaimed");
        } catch (ProcedureViolation refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/?tab=group";
    }
}
