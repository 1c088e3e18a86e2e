package cn.juece.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks the throttle first, counts the attempt, then checks the password as Spring's user-name-and-password provider does. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledAuthenticationProvider(LoginThrottle throttle, DaoAuthenticationProvider passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = addressOf(attempt);
        if (throttle.isLocked(name, address)) {
            throw locked();
        }
        // The attempt counts as a failure before its password is checked: a bcrypt check takes tens
        // of milliseconds, and parallel guesses counted only afterwards would all slip under the
        // limit. A right password forgives it with the name's other failures (LoginFailureCounter).
        throttle.recordFailure(name, address);
        if (throttle.isOverLimit(name)) {
            throw locked();
        }
        return passwords.authenticate(attempt);
    }

    /** Plainly LockedException: Spring publishes failure events (which the audit trail records) for its own types only. */
    private LockedException locked() {
        return new LockedException("登录失败次数过多，请 " + throttle.windowMinutes() + " 分钟后再试");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }
}
