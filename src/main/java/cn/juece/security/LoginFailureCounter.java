package cn.juece.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords for the throttle; a refusal by the throttle itself is not counted again. */
@Component
class LoginFailureCounter {

    private final LoginThrottle throttle;

    LoginFailureCounter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        throttle.recordFailure(failure.getAuthentication().getName(),
                ThrottledAuthenticationProvider.addressOf(failure.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        throttle.reset(success.getAuthentication().getName());
    }
}
