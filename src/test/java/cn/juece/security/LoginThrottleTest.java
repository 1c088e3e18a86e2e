package cn.juece.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.JueceTest;
import cn.juece.audit.AuditEntry;
import cn.juece.audit.AuditTrail;

/**
 * Five wrong passwords for a name within 15 minutes, or twenty from one address, and further
 * sign-ins are refused without the password being looked at, the right one included.
 */
@JueceTest
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");
    private static final String GUESSER = "127.0.0.21";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail trail;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        jdbc.update("delete from login_failure");
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        jdbc.update("delete from login_failure");
    }

    @Test
    void fiveWrongPasswordsLockTheNameEvenForTheRightPasswordUntilTheWindowHasPassed() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("expert3", "wrong-" + i, GUESSER).andExpect(redirectedUrl("/login?error"));
        }

        login("expert3", "test-secret", "127.0.0.22").andExpect(redirectedUrl("/login?locked"));
        assertThat(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString())
                .contains("登录失败次数过多，请 15 分钟后再试");
        assertThat(trail.about("user:expert3")).last().satisfies(link -> {
            assertThat(link.kind()).isEqualTo("LOGIN_FAILED");
            assertThat(link.payload()).contains("LockedException");
        });
        assertThat(jdbc.queryForObject("select count(*) from login_failure where username = 'expert3'",
                Integer.class)).as("counted in the database, the refusal itself not counted").isEqualTo(5);

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(14))));
        login("expert3", "test-secret", "127.0.0.22").andExpect(redirectedUrl("/login?locked"));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(15)).plusSeconds(1)));
        login("expert3", "test-secret", "127.0.0.22").andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulSignInForgivesEarlierMistakes() throws Exception {
        for (int i = 0; i < 4; i++) {
            login("expert2", "wrong", GUESSER).andExpect(redirectedUrl("/login?error"));
        }
        login("expert2", "test-secret", GUESSER).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            login("expert2", "wrong", GUESSER).andExpect(redirectedUrl("/login?error"));
        }
        login("expert2", "test-secret", GUESSER).andExpect(redirectedUrl("/"));
    }

    @Test
    void oneAddressTryingManyNamesIsLockedOutButOtherAddressesAreNot() throws Exception {
        for (int i = 0; i < 20; i++) {
            login("guess" + i, "wrong", GUESSER).andExpect(redirectedUrl("/login?error"));
        }

        login("expert1", "test-secret", GUESSER).andExpect(redirectedUrl("/login?locked"));
        login("expert1", "test-secret", "127.0.0.23").andExpect(redirectedUrl("/"));
    }

    @Test
    void guessesSentAtTheSameMomentCannotAllSlipUnderTheLimit() throws Exception {
        int guesses = 12;
        ExecutorService browsers = Executors.newFixedThreadPool(guesses);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String password = "wrong-" + i;
                answers.add(browsers.submit(() -> {
                    go.await();
                    return login("member5", password, GUESSER).andReturn().getResponse().getRedirectedUrl();
                }));
            }
            go.countDown();
            List<String> where = new ArrayList<>();
            for (Future<String> answer : answers) {
                where.add(answer.get(60, TimeUnit.SECONDS));
            }
            // each password check takes a bcrypt's time; counted only afterwards, all twelve would be checked
            assertThat(where).as("passwords checked").filteredOn("/login?error"::equals).hasSizeLessThanOrEqualTo(5);
            assertThat(where).filteredOn("/login?locked"::equals).hasSizeGreaterThanOrEqualTo(guesses - 5);
        } finally {
            browsers.shutdownNow();
        }
    }

    @Test
    void theEngineApiIsThrottledAlike() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("assessor2", "wrong", GUESSER);
        }
        int status = mvc.perform(get("/notices").with(request -> {
            request.setRemoteAddr("127.0.0.24");
            return request;
        }).with(httpBasic("assessor2", "test-secret"))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(401);
        assertThat(trail.about("user:assessor2")).last().extracting(AuditEntry::payload).asString()
                .contains("LockedException");
    }

    private ResultActions login(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
