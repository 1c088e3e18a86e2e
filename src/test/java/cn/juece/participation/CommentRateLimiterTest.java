package cn.juece.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CommentRateLimiterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T01:00:00Z"));
    private final CommentRateLimiter limiter = new CommentRateLimiter(5, Duration.ofMinutes(10), now::get);

    @Test
    void sixthCommentWithinTheWindowIsRefused() {
        assertThat(IntStream.range(0, 5).mapToObj(i -> limiter.tryAcquire("10.0.0.9"))).containsOnly(true);
        assertThat(limiter.tryAcquire("10.0.0.9")).isFalse();
    }

    @Test
    void eachClientHasItsOwnShare() {
        IntStream.range(0, 5).forEach(i -> limiter.tryAcquire("10.0.0.9"));
        assertThat(limiter.tryAcquire("10.0.0.10")).isTrue();
    }

    @Test
    void theWindowSlides() {
        limiter.tryAcquire("10.0.0.9");
        move(Duration.ofMinutes(5));
        IntStream.range(0, 4).forEach(i -> limiter.tryAcquire("10.0.0.9"));
        assertThat(limiter.tryAcquire("10.0.0.9")).isFalse();

        move(Duration.ofMinutes(5));
        assertThat(limiter.tryAcquire("10.0.0.9")).as("the first comment has left the window").isTrue();
        assertThat(limiter.tryAcquire("10.0.0.9")).as("the other four are still in it").isFalse();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        IntStream.range(0, 5).forEach(i -> limiter.tryAcquire("10.0.0.9"));
        move(Duration.ofMinutes(9));
        assertThat(limiter.tryAcquire("10.0.0.9")).isFalse();
        move(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("10.0.0.9")).isTrue();
    }

    @Test
    void concurrentCommentsNeverExceedTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> attempt = () -> limiter.tryAcquire("10.0.0.9");
            var results = pool.invokeAll(IntStream.range(0, 40).mapToObj(i -> attempt).toList());
            long accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTimeFromBeforeTheClockWasSetBackLeavesTheWindowInItsTurn() {
        move(Duration.ofMinutes(9));
        limiter.tryAcquire("10.0.0.9");
        move(Duration.ofMinutes(-9));
        limiter.tryAcquire("10.0.0.9");
        // ten minutes after the second (earlier) one: it has left the window, the first has not
        move(Duration.ofMinutes(10));
        assertThat(IntStream.range(0, 4).mapToObj(i -> limiter.tryAcquire("10.0.0.9"))).containsOnly(true);
        assertThat(limiter.tryAcquire("10.0.0.9")).isFalse();
    }

    private void move(Duration duration) {
        now.set(now.get().plus(duration));
    }
}
