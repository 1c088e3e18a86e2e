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
        if (due == null) {
            return DueLight.NONE;
        }
        if (!due.isAfter(now)) {
            return DueLight.RED;
        }
        LocalDate today = now.atZone(ShanghaiTime.ZONE).toLocalDate();
        LocalDate lastDay = due.minusMillis(1).atZone(ShanghaiTime.ZONE).toLocalDate();
        try {
            int left = calendar.workingDaysBetween(today, lastDay, null);
            return left < dueSoonWorkdays ? DueLight.YELLOW : DueLight.GREEN;
        } catch (CalendarDataMissingException beyondTheData) {
            // a due date not computed from the calendar (plain ISO) may lie past its data:
            // calendar days are an upper bound of working days, so red/yellow are never missed
            long days = java.time.temporal.ChronoUnit.DAYS.between(today, lastDay);
            return days < dueSoonWorkdays ? DueLight.YELLOW : DueLight.GREEN;
        }
    }
}
