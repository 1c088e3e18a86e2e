package cn.juece.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.JueceTest;

/** Every sign-in and every refused attempt, with the name tried, is a link of the chain. */
@JueceTest
class LoginAuditTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSignInIsAppended() throws Exception {
        int before = trail.about("user:supervisor1").size();

        mvc.perform(formLogin("/login").user("supervisor1").password("test-secret")).andExpect(redirectedUrl("/"));

        AuditEntry login = trail.about("user:supervisor1").get(before);
        assertThat(login.kind()).isEqualTo("LOGIN");
        assertThat(login.actor()).isEqualTo("supervisor1");
        assertThat(verifier.verifyChain().intact()).isTrue();
    }

    @Test
    void aRefusedSignInIsAppendedWithTheNameTried() throws Exception {
        String tried = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(formLogin("/login").user(tried).password("guess")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("office1").password("wrong")).andExpect(redirectedUrl("/login?error"));

        assertThat(trail.about("user:" + tried)).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo("LOGIN_FAILED");
            assertThat(link.actor()).isEqualTo(tried);
            assertThat(Canonical.parse(link.payload())).containsEntry("reason", "BadCredentialsException");
        });
        assertThat(trail.about("user:office1")).last().extracting(AuditEntry::kind).isEqualTo("LOGIN_FAILED");
    }
}
