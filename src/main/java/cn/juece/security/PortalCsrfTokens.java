package cn.juece.security;

import java.io.IOException;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's CSRF tokens: a visitor without an account gets them in a cookie of /portal, so
 * reading the portal creates no session (no session row per visitor in the database); a
 * signed-in user keeps the session's token, which the main chain checks when they sign out
 * from a portal page.
 */
final class PortalCsrfTokens implements CsrfTokenRepository {

    private final CsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository inCookie = new CookieCsrfTokenRepository();

    PortalCsrfTokens() {
        inCookie.setCookiePath("/portal");
        inCookie.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return request.getSession(false) != null ? inSession : inCookie;
    }

    /**
     * Makes the token before the page is written. Spring makes it when the template first reads
     * it; by then a long draft has filled Tomcat's response buffer, the response is committed,
     * and the token's cookie would be silently dropped (every comment then refused as forged).
     */
    static final class MadeBeforeThePage extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
