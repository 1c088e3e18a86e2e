package cn.juece.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Forgives a name's failures once its password was right. Every attempt was already counted as a
 * failure before its password was checked (ThrottledAuthenticationProvider), so a wrong one needs
 * nothing more here.
 */
@Component
class LoginFailureCounter {

    private final LoginThrottle throttle;

    LoginFailureCounter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        throttle.reset(success.getAuthentication().getName());
    }
}
