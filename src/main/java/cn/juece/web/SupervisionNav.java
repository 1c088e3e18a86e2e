package cn.juece.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.juece.security.Groups;

/** Whether the header offers the supervision dashboard: to supervisors, the government office and the administrator. */
@ControllerAdvice
class SupervisionNav {

    @ModelAttribute("maySupervise")
    boolean maySupervise(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        CurrentUser user = CurrentUser.of(authentication);
        return user.isIn(Groups.SUPERVISOR) || user.isIn(Groups.OFFICE) || user.isIn(Groups.ADMIN);
    }
}
