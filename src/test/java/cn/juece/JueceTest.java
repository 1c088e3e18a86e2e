package cn.juece;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on an in-memory H2 database, with the job executor off so tests run
 * timers explicitly after moving the engine clock, and mail sent nowhere (see the properties).
 * Every test using it shares one context. With JUECE_TEST_DATABASE=postgres it runs on PostgreSQL
 * instead (see {@link PostgresServer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = PostgresServer.WhenAsked.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:juece-test;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "juece.demo.enabled=false",
        "juece.demo.password=test-secret",
        "juece.tasks.sweep.enabled=false",
        // mail on, to a port nothing listens on: every notice tries its mail and records the failure;
        // NoticeMailTest points the sender at its in-process SMTP server while it runs
        "juece.mail.enabled=true",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=1"})
public @interface JueceTest {
}
