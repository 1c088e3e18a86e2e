package cn.juece.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets BPMN timers and task due dates say {@code workdays:N} or {@code workdays:N@region}:
 * the deadline is the end of the N-th working day after the start, in Beijing time because
 * servers run on UTC and a start late in the evening would otherwise count from the wrong
 * day. Any other description goes unchanged to the stock calendar this one wraps.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

    static final ZoneId BEIJING_TIME = ZoneId.of("Asia/Shanghai");

    private static final String PREFIX = "workdays:";
    private static final Pattern WORKDAYS = Pattern.compile("workdays:(\\d{1,4})(?:@([A-Za-z0-9-]*))?");

    private final BusinessCalendar delegate;
    private final WorkingDayCalendar calendar;

    public WorkingDayBusinessCalendar(BusinessCalendar delegate, WorkingDayCalendar calendar) {
        this.delegate = delegate;
        this.calendar = calendar;
    }

    @Override
    public Date resolveDuedate(String description) {
        return isWorkdays(description)
                ? endOfWorkingDays(description, ClockUtil.getCurrentTime())
                : delegate.resolveDuedate(description);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        if (!isWorkdays(description)) {
            return delegate.resolveDuedate(description, startDate);
        }
        return endOfWorkingDays(description, startDate != null ? startDate : ClockUtil.getCurrentTime());
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        return isWorkdays(description)
                ? endOfWorkingDays(description, ClockUtil.getCurrentTime())
                : delegate.resolveDuedate(description, task);
    }

    private static boolean isWorkdays(String description) {
        return description != null && description.strip().startsWith(PREFIX);
    }

    private Date endOfWorkingDays(String description, Date start) {
        Matcher matcher = WORKDAYS.matcher(description.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("无法识别的工作日期限 " + description
                    + "，应写作 workdays:N 或 workdays:N@地区，如 workdays:15@guangxi");
        }
        int workingDays = Integer.parseInt(matcher.group(1));
        LocalDate startDay = start.toInstant().atZone(BEIJING_TIME).toLocalDate();
        LocalDate lastDay = calendar.plusWorkingDays(startDay, workingDays, matcher.group(2));
        return Date.from(lastDay.plusDays(1).atStartOfDay(BEIJING_TIME).toInstant());
    }
}
