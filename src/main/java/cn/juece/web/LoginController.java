package cn.juece.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.juece.security.LoginThrottle;

@Controller
class LoginController {

    static final String VIEW = "login";

    private final LoginThrottle throttle;

    LoginController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", throttle.windowMinutes());
        return VIEW;
    }
}
