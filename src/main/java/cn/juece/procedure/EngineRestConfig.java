package cn.juece.procedure;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineRestConfig {

    @Bean
    ResourceConfigCustomizer procedureViolationMapper() {
        return config -> config.register(ProcedureViolationRestMapper.ForEngineExceptions.class)
                .register(ProcedureViolationRestMapper.ForRestExceptions.class);
    }
}
