package cn.juece.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link WorkingDayBusinessCalendar} for timer durations and dates and for task due
 * dates. The Camunda Spring Boot starter applies every ProcessEnginePlugin bean; process tests
 * without Spring add it to their engine configuration themselves.
 */
@Component
public class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

    private final WorkingDayCalendar calendar;

    public WorkingDayCalendarPlugin(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), calendar));
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), calendar));
        // Cycles stay stock: the engine casts the "cycle" calendar to CycleBusinessCalendar.
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
