package cn.juece.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** One year of one layer (national or a region), as read from {@code <region>/<year>.yml}. */
record CalendarYear(String region, int year, String source, Set<LocalDate> holidays,
                    Set<LocalDate> workingWeekends) {

    CalendarYear {
        holidays = Set.copyOf(holidays);
        workingWeekends = Set.copyOf(workingWeekends);
    }

    /** What this layer says about the day, or empty when the day follows the layer below. */
    Optional<Boolean> rules(LocalDate day) {
        if (holidays.contains(day)) {
            return Optional.of(false);
        }
        if (workingWeekends.contains(day)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }
}
