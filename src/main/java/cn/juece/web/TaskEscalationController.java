package cn.juece.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.juece.procedure.ProcedureViolation;
import cn.juece.security.Groups;
import cn.juece.task.TaskEscalation;

/** 催办 from the dossier's current-stage table, 转办 from the task's own page. */
@Controller
class TaskEscalationController {

    private final TaskEscalation escalation;

    TaskEscalationController(TaskEscalation escalation) {
        this.escalation = escalation;
    }

    @PostMapping("/tasks/{id}/urge")
    @PreAuthorize("hasAnyAuthority('" + Groups.SUPERVISOR + "', '" + Groups.OFFICE + "')")
    String urge(@PathVariable String id, @RequestParam long decisionId, @RequestParam(required = false) String reason,
                @RequestParam(defaultValue = "false") boolean confirmed, Authentication authentication,
                RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        try {
            if (!confirmed) {
                throw new ProcedureViolation("请勾选确认后再催办：催办将记入案卷");
            }
            escalation.urge(id, decisionId, user.id(), user.groups(), reason);
            redirect.addFlashAttribute("notice", "urge.done");
        } catch (ProcedureViolation refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/decisions/" + decisionId;
    }

    @PostMapping("/tasks/{id}/transfer")
    String transfer(@PathVariable String id, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String reason,
                    @RequestParam(defaultValue = "false") boolean confirmed, Authentication authentication,
                    RedirectAttributes redirect) {
        try {
            if (!confirmed) {
                throw new ProcedureViolation("请勾选确认后再转办：转办后本人不能再办理该任务");
            }
            escalation.transfer(id, authentication.getName(), to, reason);
        } catch (ProcedureViolation refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:/tasks/" + id;
        }
        redirect.addFlashAttribute("notice", "transfer.done");
        return "redirect:/";
    }
}
