package cn.juece.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins after too many wrong passwords within a window: per user name, and more
 * widely per client address (one guesser trying many names). Counted in the database so all
 * nodes share the count; timed by the engine clock, which tests move.
 */
@Component
public class LoginThrottle {

    private static final int MAX_NAME = 60;
    private static final int MAX_ADDRESS = 64;

    private final JdbcTemplate jdbc;
    private final int perUser;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(JdbcTemplate jdbc,
                  @Value("${juece.login.failures-per-user:5}") int perUser,
                  @Value("${juece.login.failures-per-address:20}") int perAddress,
                  @Value("${juece.login.window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Whether sign-ins under this name, or from this address, are refused for now. */
    public boolean isLocked(String username, String address) {
        return failures("username", name(username)) >= perUser
                || failures("remote_address", address(address)) >= perAddress;
    }

    /**
     * Whether this attempt, already counted, is one too many for its name: attempts under one name
     * at the same moment see each other here. (The address's limit is left to the next attempt: one
     * office's many people behind one address signing in at once must not lock each other out.)
     */
    boolean isOverLimit(String username) {
        return failures("username", name(username)) > perUser;
    }

    private int failures(String column, String value) {
        Integer count = jdbc.queryForObject("select count(*) from login_failure where " + column + " = ? and failed_at > ?",
                Integer.class, value, Timestamp.from(now().minus(window)));
        return count == null ? 0 : count;
    }

    public void recordFailure(String username, String address) {
        Instant now = now();
        // old rows are no longer counted; keep the table small as guessers come and go
        jdbc.update("delete from login_failure where failed_at < ?", Timestamp.from(now.minus(window.multipliedBy(2))));
        jdbc.update("insert into login_failure (username, remote_address, failed_at) values (?, ?, ?)",
                name(username), address(address), Timestamp.from(now));
    }

    /** A successful sign-in forgives the name's earlier mistakes (not the address's). */
    public void reset(String username) {
        jdbc.update("delete from login_failure where username = ?", name(username));
    }

    public long windowMinutes() {
        return window.toMinutes();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static String name(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String address(String address) {
        String text = address == null ? "" : address;
        return text.length() > MAX_ADDRESS ? text.substring(0, MAX_ADDRESS) : text;
    }
}
