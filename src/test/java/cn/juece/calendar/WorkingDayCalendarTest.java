package cn.juece.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

    @ParameterizedTest(name = "{0} is a 调休 working day")
    @CsvSource({"2026-01-04", "2026-02-14", "2026-02-28", "2025-09-28", "2025-01-26", "2026-10-10"})
    void weekendDaysSwappedForHolidaysAreWorkingDays(LocalDate day) {
        assertThat(calendar.isWorkingDay(day, null)).isTrue();
    }

    @ParameterizedTest(name = "{0} is off")
    @CsvSource({"2026-02-16", "2025-10-08", "2026-01-02", "2025-05-31", "2026-09-25"})
    void statutoryHolidaysAndTheirJoinedWeekdaysAreOff(LocalDate day) {
        assertThat(calendar.isWorkingDay(day, WorkingDayCalendar.NATIONAL)).isFalse();
    }

    @Test
    void ordinaryWeekendsAreOffAndOrdinaryWeekdaysAreWorking() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7), null)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8), null)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9), null)).isTrue();
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-02-12, 3, 2026-02-24",  // Feb 13, Sat Feb 14 (调休), then Feb 15-23 off
            "2025-09-26, 7, 2025-10-13",  // Sun Sep 28 works, Oct 1-8 off, Sat Oct 11 works
            "2025-12-31, 1, 2026-01-04",  // Jan 1-3 2026 off, Sunday Jan 4 works
            "2025-12-31, 2, 2026-01-05",
            "2026-02-16, 0, 2026-02-16"   // zero days is the start itself, even on a holiday
    })
    void countingWorkingDaysSkipsHolidaysAndCountsSwappedWeekends(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(from, n, null)).isEqualTo(expected);
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 24), null))
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 24), null))
                .isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 12), null))
                .isZero();
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 3, 2), -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayPastTheDataIsNeverGuessed() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4), null))
                .isInstanceOf(CalendarDataMissingException.class)
                .hasMessage("工作日历缺少 2027 年的数据（地区：national），请先导入国务院办公厅公布的 2027 年节假日安排");
    }

    @Test
    void aCountThatRunsIntoAYearWithoutDataIsNeverGuessed() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 20), 15, null))
                .isInstanceOf(CalendarDataMissingException.class)
                .hasMessageContaining("2027 年")
                .satisfies(e -> assertThat(((CalendarDataMissingException) e).getYear()).isEqualTo(2027));
        assertThatThrownBy(() -> calendar.workingDaysBetween(
                LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10), null))
                .isInstanceOf(CalendarDataMissingException.class);
    }

    @Test
    void anUnknownRegionIsAnError() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2026, 3, 2), "atlantis"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atlantis");
    }

    @Test
    void theBuiltInDataCoversBothYearsNationallyAndInGuangxi() {
        assertThat(calendar.coveredYears(null)).containsExactly(2025, 2026);
        assertThat(calendar.coveredYears("guangxi")).containsExactly(2025, 2026);
    }
}
