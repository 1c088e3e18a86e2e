package cn.juece.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.juece.calendar.CalendarDataMissingException;
import cn.juece.calendar.WorkingDayCalendar;
import cn.juece.procedure.ShanghaiTime;

/** Colours a deadline by how many working days are left (threshold: {@code juece.tasks.due-soon-workdays}). */
@Component
public class DueLights {

    private final WorkingDayCalendar calendar;
    private final int dueSoonWorkdays;

    DueLights(WorkingDayCalendar calendar, @Value("${juece.tasks.due-soon-workdays:3}") int dueSoonWorkdays) {
        this.calendar = calendar;
        this.dueSoonWorkdays = dueSoonWorkdays;
    }

    public DueLight of(Instant due, Instant now) {
        return at(now).of(due);
    }

    /**
     * The lights as of {@code now}, for many deadlines: the calendar is asked once, for the first
     * day that is green, instead of counting working days (and, past the calendar's data, catching
     * its exception) for every task of a list of hundreds.
     */
    public Lights at(Instant now) {
        LocalDate today = now.atZone(ShanghaiTime.ZONE).toLocalDate();
        try {
            // working days in (today, lastDay] grow with lastDay: green from the n-th working day on
            LocalDate firstGreen = calendar.plusWorkingDays(today, dueSoonWorkdays, null);
            return new Lights(now, lastDay -> lastDay.isBefore(firstGreen));
        } catch (CalendarDataMissingException beyondTheData) {
            // the warning days run past the data (the last days of its last year): each deadline is
            // counted on its own, in working days as far as the data goes
            return new Lights(now, lastDay -> workingDaysLeft(today, lastDay) < dueSoonWorkdays);
        }
    }

    private int workingDaysLeft(LocalDate today, LocalDate lastDay) {
        try {
            return calendar.workingDaysBetween(today, lastDay, null);
        } catch (CalendarDataMissingException beyondTheData) {
            // a last day past the data: calendar days, which no fewer working days can reach
            return (int) ChronoUnit.DAYS.between(today, lastDay);
        }
    }

    /** The lights of one moment: red up to now, yellow while the last day is one {@code yellow} accepts. */
    public record Lights(Instant now, Predicate<LocalDate> yellow) {

        public DueLight of(Instant due) {
            if (due == null) {
                return DueLight.NONE;
            }
            if (!due.isAfter(now)) {
                return DueLight.RED;
            }
            LocalDate lastDay = due.minusMillis(1).atZone(ShanghaiTime.ZONE).toLocalDate();
            return yellow.test(lastDay) ? DueLight.YELLOW : DueLight.GREEN;
        }
    }
}
