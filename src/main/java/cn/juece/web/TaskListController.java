package cn.juece.web;

import java.util.HashMap;
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
import cn.juece.task.TaskFilter;
import cn.juece.task.TaskListing;
import cn.juece.task.TaskPage;
import cn.juece.task.WorkflowTasks;

/** 工作台: my tasks (待办), my groups' tasks (组待办) with claim and unclaim, and done (已办). */
@Controller
class TaskListController {

    static final String VIEW = "tasks/list";
    private static final List<String> TABS = List.of("mine", "group", "done");

    private final TaskListing listing;
    private final WorkflowTasks workflow;

    TaskListController(TaskListing listing, WorkflowTasks workflow) {
        this.listing = listing;
        this.workflow = workflow;
    }

    @GetMapping("/")
    String list(Authentication authentication, @RequestParam(required = false) String tab,
                @RequestParam(required = false) String stage, @RequestParam(required = false) String unit,
                @RequestParam(required = false) DueLight due, @RequestParam(defaultValue = "1") int page,
                Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        // Only the shown tab's rows are read; the other tabs show counts (已办 none: counting a
        // user's whole history is the slow part at scale, issue 6.2), the shown one its rows'
        // number. Each Camunda task query costs milliseconds of building its SQL, so a tab asked
        // for by name is not counted as well.
        boolean named = tab != null && TABS.contains(tab);
        Map<String, Long> counts = new HashMap<>();
        if (!"mine".equals(tab)) {
            counts.put("mine", listing.countMine(user.id()));
        }
        if (!"group".equals(tab)) {
            counts.put("group", listing.countGroup(user.groups()));
        }
        String shown = named ? tab : shownTab(tab, counts.get("mine"), counts.get("group"));
        TaskFilter filter = new TaskFilter(stage, unit, due);
        // filtered over all the tab's rows, then a page of them: the filter lists stay complete
        TaskPage rows = switch (shown) {
            case "group" -> listing.group(user.groups(), filter, page);
            case "done" -> listing.done(user.id(), filter, page);
            default -> listing.mine(user.id(), filter, page);
        };
        counts.put(shown, (long) rows.tabTotal());
        model.addAttribute("tab", shown);
        model.addAttribute("counts", counts);
        model.addAttribute("stages", rows.stages());
        model.addAttribute("stage", stage == null ? "" : stage);
        model.addAttribute("units", rows.units());
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("due", due == null ? "" : due.name());
        model.addAttribute("rows", rows.rows());
        model.addAttribute("pager", rows);
        return VIEW;
    }

    /**
     * The tab asked for; without one, the user lands on their own work: 待办, or 组待办 when
     * nothing is assigned to them yet and their groups have tasks waiting to be claimed.
     */
    static String shownTab(String requested, long mine, long group) {
        if (requested != null && TABS.contains(requested)) {
            return requested;
        }
        return requested == null && mine == 0 && group > 0 ? "group" : "mine";
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
