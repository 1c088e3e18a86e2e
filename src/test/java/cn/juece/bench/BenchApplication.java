package cn.juece.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with its web server on a random port, on a fresh database of the run's
 * kind ({@link Bench#database()}): an H2 file, or a new PostgreSQL database. As {@code JueceTest}:
 * job executor off (the benchmarks run due timers themselves after moving the engine clock), no demo
 * data, no mail. The portal's comment rate limit is raised out of the way, as 64 benchmark clients
 * share one address; everything else is the application as shipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = BenchApplication.FreshDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "juece.demo.enabled=false",
        "juece.demo.password=bench-secret",
        "juece.tasks.sweep.enabled=false",
        "juece.mail.enabled=false",
        "juece.portal.comments-per-window=1000000000"})
@interface BenchApplication {

    final class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("bench-database", new HashMap<>(BenchDatabase.fresh("app"))));
        }
    }
}
