package cn.juece.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarPluginTest {

    private static final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void durationsAndDueDatesUnderstandWorkdaysWhileCyclesStayStock() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();

        new WorkingDayCalendarPlugin(calendar).preInit(configuration);

        BusinessCalendarManager calendars = configuration.getBusinessCalendarManager();
        assertThat(calendars.getBusinessCalendar("duration")).isInstanceOf(WorkingDayBusinessCalendar.class);
        assertThat(calendars.getBusinessCalendar("dueDate")).isInstanceOf(WorkingDayBusinessCalendar.class);
        assertThat(calendars.getBusinessCalendar("cycle")).isExactlyInstanceOf(CycleBusinessCalendar.class);
    }

    @Test
    void aReviewDeadlineTimerAndTaskDueDateCountGuangxiWorkingDays() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:working-day-calendar-plugin;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("workingDayCalendarPluginTest")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new WorkingDayCalendarPlugin(calendar));
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("review.bpmn", reviewModel()).deploy();
            ClockUtil.setCurrentTime(beijing("2026-04-10T09:00"));

            engine.getRuntimeService().startProcessInstanceByKey("WorkingDayReviewProcess",
                    Map.of("reviewWorkdays", 15, "region", "guangxi"));

            assertThat(engine.getManagementService().createJobQuery().singleResult().getDuedate())
                    .isEqualTo(beijing("2026-05-08T00:00"));
            assertThat(engine.getTaskService().createTaskQuery().singleResult().getDueDate())
                    .isEqualTo(beijing("2026-05-07T00:00"));
        } finally {
            engine.close();
        }
    }

    private static BpmnModelInstance reviewModel() {
        return Bpmn.createExecutableProcess("WorkingDayReviewProcess")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Submitted")
                .userTask("Task_ReviewLegality").camundaDueDate("workdays:${reviewWorkdays}")
                .boundaryEvent("Timer_ReviewDeadline").cancelActivity(false)
                .timerWithDuration("workdays:${reviewWorkdays}@${region}")
                .endEvent("EndEvent_ReviewEscalated")
                .moveToActivity("Task_ReviewLegality")
                .endEvent("EndEvent_ReviewCompleted")
                .done();
    }

    private static Date beijing(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayBusinessCalendar.BEIJING_TIME).toInstant());
    }
}
