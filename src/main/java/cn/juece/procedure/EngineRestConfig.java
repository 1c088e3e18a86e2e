package cn.juece.procedure;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Juece's additions to Camunda's engine REST API: rule refusals as 400, completions limited to declared fields. */
@Configuration
class EngineRestConfig {

    @Bean
    ResourceConfigCustomizer procedureRulesOnEngineRest(TaskService tasks, TaskRules rules, ObjectMapper json) {
        return config -> config.register(ProcedureViolationRestMapper.ForEngineExceptions.class)
                .register(ProcedureViolationRestMapper.ForRestExceptions.class)
                .register(new UndeclaredVariablesFilter(tasks, rules, json));
    }
}
