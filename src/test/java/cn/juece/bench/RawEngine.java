package cn.juece.bench;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

import cn.juece.calendar.WorkingDayCalendarPlugin;
import cn.juece.procedure.IdList;
import cn.juece.procedure.ShanghaiTime;

/**
 * A second, plain Camunda engine on the same database as Juece's, for the overhead baseline: it
 * runs the same deployed models, with full history, but is built without Juece's
 * ProcedureRulesPlugin (no task rules, no guards, no dossier) and without Juece's delegates
 * (archiving, consultation closing, deadline notices are no-ops; the consultation
 * opener only sets the closing time the model's timer reads). It keeps what the
 * models themselves need to run: the working-day calendar for their due dates and the idList
 * helper their multi-instance collections call.
 *
 * <p>Why a second engine rather than a switch in Juece: a switch that turns the legal rules off
 * would be a way around them in production. Camunda's engine registry allows two engines in one JVM
 * under different names (the tests avoid two engines only because they share the name "default").
 */
final class RawEngine {

    static final String NAME = "raw-bench";

    private RawEngine() {
    }

    static ProcessEngine build(DataSource dataSource, WorkingDayCalendarPlugin calendar, IdList idList) {
        JavaDelegate none = execution -> {
        };
        Map<Object, Object> beans = new HashMap<>();
        for (String delegate : new String[] {"dossierArchiver", "consultationOpener", "consultationCloser",
                "deadlineNotifier", "adjustmentStarter", "normativeSuccessorStarter", "normativeNumberAssigner"}) {
            beans.put(delegate, none);
        }
        beans.put("idList", idList);
        // what the consultation timer of the model reads; Juece's opener also opens the portal
        beans.put("consultationOpener", (JavaDelegate) execution -> {
            int days = ((Number) execution.getVariable("consultationDays")).intValue();
            execution.setVariable("consultationClosesAt",
                    ShanghaiTime.startOf(ShanghaiTime.today().plusDays(days + 1L)));
        });
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(NAME);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(beans);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.getProcessEnginePlugins().add(calendar);
        return configuration.buildProcessEngine();
    }
}
