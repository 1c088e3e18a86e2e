package cn.juece.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDayBusinessCalendarTest {

    private static final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

    private final WorkingDayBusinessCalendar durations =
            new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), calendar);

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void workingDaysCountFromTheBeijingDateNotTheUtcOne() {
        // 07:00 in Beijing is still 2025-09-25 in UTC, which would end the count on Oct 11.
        Date start = beijing("2025-09-26T07:00");

        assertThat(durations.resolveDuedate("workdays:7", start)).isEqualTo(beijing("2025-10-14T00:00"));
    }

    @Test
    void theDeadlineIsTheEndOfTheLastWorkingDay() {
        // Started Thursday evening before Mid-Autumn 2026: Sep 25-27 off, Monday Sep 28 is day 1.
        Date start = beijing("2026-09-24T20:00");

        assertThat(start).isEqualTo(Date.from(Instant.parse("2026-09-24T12:00:00Z")));
        assertThat(durations.resolveDuedate("workdays:1", start)).isEqualTo(beijing("2026-09-29T00:00"));
    }

    @Test
    void isoDurationsStayCalendarTime() {
        Date start = beijing("2026-02-12T10:00");

        assertThat(durations.resolveDuedate("P30D", start))
                .isEqualTo(Date.from(start.toInstant().plus(Duration.ofDays(30))));
        assertThat(durations.resolveDuedate("PT1H", start))
                .isEqualTo(Date.from(start.toInstant().plus(Duration.ofHours(1))));
    }

    @Test
    void isoDueDatesGoToTheStockDueDateCalendar() {
        WorkingDayBusinessCalendar dueDates = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), calendar);

        assertThat(dueDates.resolveDuedate("2026-05-01T10:00:00"))
                .isEqualTo(new DueDateBusinessCalendar().resolveDuedate("2026-05-01T10:00:00"));
    }

    @Test
    void theRegionAfterTheAtSignAddsItsLayer() {
        Date submitted = beijing("2026-04-10T09:00");

        assertThat(durations.resolveDuedate("workdays:15@guangxi", submitted)).isEqualTo(beijing("2026-05-08T00:00"));
        assertThat(durations.resolveDuedate("workdays:15@national", submitted)).isEqualTo(beijing("2026-05-07T00:00"));
    }

    @Test
    void withoutAStartDateTheEngineClockIsTheStart() {
        ClockUtil.setCurrentTime(beijing("2026-09-24T20:00"));
        Date endOfSeptember28 = beijing("2026-09-29T00:00");

        assertThat(durations.resolveDuedate("workdays:1")).isEqualTo(endOfSeptember28);
        assertThat(durations.resolveDuedate("workdays:1", (Date) null)).isEqualTo(endOfSeptember28);
        assertThat(durations.resolveDuedate("workdays:1", (Task) null)).isEqualTo(endOfSeptember28);
        assertThat(durations.resolveDuedate("P1D", (Task) null)).isEqualTo(beijing("2026-09-25T20:00"));
    }

    @Test
    void aMisspeltWorkdaysDescriptionIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> durations.resolveDuedate("workdays:fifteen", beijing("2026-04-10T09:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workdays:N@地区");
    }

    private static Date beijing(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayBusinessCalendar.BEIJING_TIME).toInstant());
    }
}
