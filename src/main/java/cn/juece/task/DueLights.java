package cn.juece.task;

import java.time.Instant;
import java.time.LocalDate;

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
        LocalDate firstGreen;
        try {
            // working days in (today, lastDay] grow with lastDay: green from the n-th working day on
            firstGreen = calendar.plusWorkingDays(today, dueSoonWorkdays, null);
        } catch (CalendarDataMissingException beyondTheData) {
            // the threshold lies past the data: calendar days are an upper bound of working days,
            // so red/yellow are never missed
            firstGreen = today.plusDays(dueSoonWorkdays);
        }
        return new Lights(now, firstGreen);
    }

    /** The lights of one moment: red up to now, yellow while the last day is before the first green day. */
    public record Lights(Instant now, LocalDate firstGreen) {

        public DueLight of(Instant due) {
            if (due == null) {
                return DueLight.NONE;
            }
            if (!due.isAfter(now)) {
                return DueLight.RED;
            }
            LocalDate lastDay = due.minusMillis(1).atZone(ShanghaiTime.ZONE).toLocalDate();
            return lastDay.isBefore(firstGreen) ? DueLight.YELLOW : DueLight.GREEN;
        }
    }
}
