package cn.juece.audit;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in, and every refused attempt with the name that was tried (form login and
 * HTTP Basic on the engine REST API alike, both publish Spring Security's events).
 */
@Component
class LoginAudit {

    private static final int MAX_NAME = 60;

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        String user = success.getAuthentication().getName();
        trail.append(AuditKind.LOGIN, user, "user:" + user, details(success.getAuthentication(), null));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        Object tried = failure.getAuthentication().getPrincipal();
        String name = tried == null ? "" : String.valueOf(tried);
        name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        trail.append(AuditKind.LOGIN_FAILED, name, "user:" + name,
                details(failure.getAuthentication(), failure.getException().getClass().getSimpleName()));
    }

    private static Map<String, Object> details(Authentication authentication, String reason) {
        Map<String, Object> details = new TreeMap<>();
        if (authentication.getDetails() instanceof WebAuthenticationDetails web) {
            details.put("remoteAddress", web.getRemoteAddress());
        }
        if (reason != null) {
            details.put("reason", reason);
        }
        return details;
    }
}
