package cn.juece.procedure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Legal dates are Beijing dates; the servers run on UTC, so every conversion names the zone. */
public final class ShanghaiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiTime() {
    }

    /** Today by the engine clock, which tests move. */
    public static LocalDate today() {
        return toLocalDate(ClockUtil.getCurrentTime());
    }

    public static LocalDate toLocalDate(Date date) {
        return date.toInstant().atZone(ZONE).toLocalDate();
    }

    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
