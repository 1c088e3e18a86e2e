package cn.juece.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.juece.notice.Notices;

/** 我的提醒: each person's notices (due soon, overdue, urged, transferred), newest first; marked read. */
@Controller
class NoticeController {

    static final String VIEW = "notices/list";

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(Authentication authentication, Model model) {
        model.addAttribute("notices", notices.of(authentication.getName()));
        return VIEW;
    }

    /** Only one's own notice is marked; another's id, or none, changes nothing and says so. */
    @PostMapping("/notices/{id:\\d+}/read")
    String read(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        if (!notices.markRead(id, authentication.getName())) {
            redirect.addFlashAttribute("error", "notices.notFound");
        }
        return "redirect:/notices";
    }

    @PostMapping("/notices/read-all")
    String readAll(Authentication authentication, RedirectAttributes redirect) {
        notices.markAllRead(authentication.getName());
        redirect.addFlashAttribute("notice", "notices.allRead");
        return "redirect:/notices";
    }
}
