package cn.juece.participation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * At most so many comments per client within a sliding window, so that one client cannot
 * flood a consultation. Kept in memory: a restart forgets, and each instance counts on its
 * own, which is enough to slow a flood down. Time is the engine clock, which tests move.
 */
@Component
class CommentRateLimiter {

    private final int limit;
    private final Duration window;
    private final Supplier<Instant> clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();
    private Instant lastSweep;

    @Autowired
    CommentRateLimiter(PortalSettings settings) {
        this(settings.commentsPerWindow(), settings.window(), () -> ClockUtil.getCurrentTime().toInstant());
    }

    CommentRateLimiter(int limit, Duration window, Supplier<Instant> clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one comment from this client; false, counting nothing, if it has had its share. */
    synchronized boolean tryAcquire(String client) {
        Instant now = clock.get();
        Instant windowStart = now.minus(window);
        sweep(now, windowStart);
        Deque<Instant> times = recent.computeIfAbsent(client, key -> new ArrayDeque<>());
        // kept in order (see below), so the expired times are at the head: with a high limit, a comment
        // does not walk the whole list (it did, and showed in the intake benchmark's profile)
        while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        if (!times.isEmpty() && now.isBefore(times.peekLast())) {
            // the engine clock was set back: put the time in its place
            List<Instant> ordered = new ArrayList<>(times);
            ordered.add(now);
            Collections.sort(ordered);
            times.clear();
            times.addAll(ordered);
        } else {
            times.addLast(now);
        }
        return true;
    }

    /** Once a window, forgets clients with nothing left in it, so the map does not grow for ever. */
    private void sweep(Instant now, Instant windowStart) {
        if (lastSweep != null && !now.isBefore(lastSweep) && now.isBefore(lastSweep.plus(window))) {
            return;
        }
        recent.values().removeIf(times -> times.stream().noneMatch(time -> time.isAfter(windowStart)));
        lastSweep = now;
    }
}
