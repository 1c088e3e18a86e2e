package cn.juece.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.JueceTest;

/** The session cookie, its renewal at sign-in, the idle timeout, the security headers and the stored passwords. */
@JueceTest
class SessionAndPasswordsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ServerProperties server;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @LocalServerPort
    int port;

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult login = mvc.perform(post("/login").param("username", "expert1").param("password", "test-secret")
                .with(csrf()).session(session)).andExpect(redirectedUrl("/")).andReturn();

        assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOnlyInProduction() throws Exception {
        HttpResponse<String> page = get("/login");

        String cookie = sessionCookie(page.headers().allValues("Set-Cookie"));
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        // the tests run on http like the demo; the postgres (production) profile turns Secure on
        assertThat(cookie).doesNotContain("Secure");
        PropertySource<?> production = new YamlPropertySourceLoader()
                .load("postgres", new ClassPathResource("application-postgres.yml")).get(0);
        assertThat(String.valueOf(production.getProperty("server.servlet.session.cookie.secure")))
                .isEqualTo("${JUECE_SECURE_COOKIES:true}");
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void pagesForbidFramingAndContentSniffing() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void passwordsAreHeldOnlyAsDelegatingBcryptHashes() {
        String stored = users.loadUserByUsername("office1").getPassword();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("test-secret");
        assertThat(encoder.matches("test-secret", stored)).isTrue();
        assertThat(encoder.matches("test-secreT", stored)).isFalse();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** JSESSIONID from the container, or SESSION when sessions are kept in the database. */
    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }
}
