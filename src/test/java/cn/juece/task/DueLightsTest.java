package cn.juece.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import cn.juece.calendar.WorkingDayCalendar;
import cn.juece.procedure.ShanghaiTime;

/** Deadline lights with three working days' warning, on the built-in calendar (2025 and 2026). */
class DueLightsTest {

    private static final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
    private final DueLights lights = new DueLights(calendar, 3);

    @Test
    void yellowWhileFewerThanThreeWorkingDaysAreLeftCountingTheNationalDayHolidays() {
        for (LocalDate today = LocalDate.of(2026, 9, 20); today.isBefore(LocalDate.of(2026, 10, 15));
             today = today.plusDays(1)) {
            DueLights.Lights lightsToday = lights.at(at(today, 9));
            for (LocalDate lastDay = today; lastDay.isBefore(today.plusDays(20)); lastDay = lastDay.plusDays(1)) {
                int left = calendar.workingDaysBetween(today, lastDay, null);
                assertThat(lightsToday.of(endOf(lastDay))).as("on %s due at the end of %s, %s working days left",
                        today, lastDay, left).isEqualTo(left < 3 ? DueLight.YELLOW : DueLight.GREEN);
            }
        }
    }

    @Test
    void redOnceDueAndNoneWithoutADeadline() {
        Instant now = at(LocalDate.of(2026, 3, 2), 9);
        assertThat(lights.of(now, now)).isEqualTo(DueLight.RED);
        assertThat(lights.of(now.minusSeconds(60), now)).isEqualTo(DueLight.RED);
        assertThat(lights.of(null, now)).isEqualTo(DueLight.NONE);
    }

    @Test
    void deadlinesBeyondTheCalendarDataAreGreenWhenTheWarningDaysLieWithinIt() {
        Instant now = at(LocalDate.of(2026, 6, 1), 9);
        assertThat(lights.at(now).of(endOf(LocalDate.of(2027, 3, 15)))).isEqualTo(DueLight.GREEN);
        assertThat(lights.at(now).of(endOf(LocalDate.of(2031, 1, 1)))).isEqualTo(DueLight.GREEN);
    }

    @Test
    void whenTheWarningDaysRunPastTheDataCalendarDaysStandInAndNeverMissAYellow() {
        // 2026-12-30 is a Wednesday; 2027 has no data: three calendar days bound three working days
        DueLights.Lights yearEnd = lights.at(at(LocalDate.of(2026, 12, 30), 9));
        assertThat(yearEnd.of(endOf(LocalDate.of(2026, 12, 31)))).isEqualTo(DueLight.YELLOW);
        assertThat(yearEnd.of(endOf(LocalDate.of(2027, 1, 1)))).isEqualTo(DueLight.YELLOW);
        assertThat(yearEnd.of(endOf(LocalDate.of(2027, 1, 2)))).isEqualTo(DueLight.GREEN);
        assertThat(yearEnd.of(endOf(LocalDate.of(2027, 6, 30)))).isEqualTo(DueLight.GREEN);
    }

    @Test
    void nearTheEndOfTheDataDeadlinesWithinItAreStillCountedInWorkingDays() {
        // five days' warning on Friday 2026-12-25: the fifth working day lies past the data, but a
        // deadline on 12-30 has three working days left (28, 29, 30) and is yellow
        DueLights.Lights christmas = new DueLights(calendar, 5).at(at(LocalDate.of(2026, 12, 25), 9));
        assertThat(christmas.of(endOf(LocalDate.of(2026, 12, 30)))).isEqualTo(DueLight.YELLOW);
        assertThat(christmas.of(endOf(LocalDate.of(2026, 12, 31)))).isEqualTo(DueLight.YELLOW);
        assertThat(christmas.of(endOf(LocalDate.of(2027, 1, 4)))).isEqualTo(DueLight.GREEN);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ShanghaiTime.ZONE).toInstant();
    }

    /** A deadline at the end of a day: midnight after it, as deadlines computed in working days are. */
    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant();
    }
}
