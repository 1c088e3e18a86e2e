package cn.juece.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RegionalLayerTest {

    private static final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

    @Test
    void guangxiTakesZhuangMarchThirdOffButTheRestOfTheCountryWorks() {
        LocalDate monday = LocalDate.of(2026, 4, 20);

        assertThat(calendar.isWorkingDay(monday, "guangxi")).isFalse();
        assertThat(calendar.isWorkingDay(monday, "national")).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 31), "guangxi")).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 1), "guangxi")).isFalse();
    }

    @Test
    void guangxiKeepsTheNationalHolidaysAndSwappedWeekends() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16), "guangxi")).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4), "guangxi")).isTrue();
    }

    @Test
    void aFifteenWorkingDayReviewEndsOneDayLaterInGuangxi() {
        LocalDate submitted = LocalDate.of(2026, 4, 10);

        assertThat(calendar.plusWorkingDays(submitted, 15, null)).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(calendar.plusWorkingDays(submitted, 15, "guangxi")).isEqualTo(LocalDate.of(2026, 5, 7));
    }

    @Test
    void regionNamesIgnoreCase() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 20), "Guangxi")).isFalse();
    }
}
