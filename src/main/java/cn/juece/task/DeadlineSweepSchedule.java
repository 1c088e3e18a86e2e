package cn.juece.task;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the deadline sweep on a schedule; off in tests, which run it with the engine clock moved. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "juece.tasks.sweep.enabled", havingValue = "true", matchIfMissing = true)
class DeadlineSweepSchedule {

    private final DeadlineSweep sweep;

    DeadlineSweepSchedule(DeadlineSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(cron = "${juece.tasks.sweep.cron:0 */30 * * * *}", zone = "Asia/Shanghai")
    void sweep() {
        sweep.run();
    }
}
