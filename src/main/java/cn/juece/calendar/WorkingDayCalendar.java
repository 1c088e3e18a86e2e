package cn.juece.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * China's official working-day calendar: weekends off, statutory holidays off, 调休 weekend
 * days working, with an optional regional layer (e.g. Guangxi's 壮族三月三) on top of the
 * national one. A day in a year without data throws {@link CalendarDataMissingException}.
 */
@Component
public class WorkingDayCalendar {

    public static final String NATIONAL = "national";

    private final CalendarData data;

    @Autowired
    WorkingDayCalendar(CalendarProperties properties) {
        this(CalendarDataLoader.load(properties.dataDirPath()));
    }

    WorkingDayCalendar(CalendarData data) {
        this.data = data;
    }

    /** The built-in data only, for tests and tools that run without Spring. */
    public static WorkingDayCalendar fromClasspath() {
        return new WorkingDayCalendar(CalendarDataLoader.load(null));
    }

    /** @param region {@code null} or {@code national} for the national calendar alone */
    public boolean isWorkingDay(LocalDate day, String region) {
        return isWorking(day, known(region));
    }

    /** The n-th working day after {@code from}; {@code from} itself when n is 0. */
    public LocalDate plusWorkingDays(LocalDate from, int n, String region) {
        if (n < 0) {
            throw new IllegalArgumentException("工作日数不能为负数：" + n);
        }
        String layer = known(region);
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorking(day, layer)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days in (fromExclusive, toInclusive]; 0 when toInclusive is not after fromExclusive. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, String region) {
        String layer = known(region);
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorking(day, layer)) {
                count++;
            }
        }
        return count;
    }

    /** Years with complete data for the region: national data plus, for a region, its layer. */
    public Set<Integer> coveredYears(String region) {
        String layer = known(region);
        SortedSet<Integer> years = data.years(NATIONAL);
        if (!NATIONAL.equals(layer)) {
            years.retainAll(data.years(layer));
        }
        return Collections.unmodifiableSortedSet(years);
    }

    /** Whether the calendar has a layer of this exact name (as the forms offer them). */
    public boolean hasRegion(String region) {
        return region != null && data.regions().contains(region);
    }

    private boolean isWorking(LocalDate day, String region) {
        CalendarYear national = layer(NATIONAL, day.getYear());
        Optional<Boolean> regional = NATIONAL.equals(region)
                ? Optional.empty()
                : layer(region, day.getYear()).rules(day);
        return regional.or(() -> national.rules(day)).orElseGet(() -> !isWeekend(day));
    }

    private CalendarYear layer(String region, int year) {
        return data.layer(region, year).orElseThrow(() -> new CalendarDataMissingException(year, region));
    }

    private String known(String region) {
        if (region == null || region.isBlank()) {
            return NATIONAL;
        }
        String name = region.strip().toLowerCase(Locale.ROOT);
        if (!data.regions().contains(name)) {
            throw new IllegalArgumentException("工作日历中没有地区 " + region + "，已有地区：" + data.regions());
        }
        return name;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
