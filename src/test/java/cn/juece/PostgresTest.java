package cn.juece;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as {@link JueceTest} sets it up, but on the {@code postgres} profile and
 * a fresh PostgreSQL database created for the run (see {@link PostgresServer}). Put on a subclass
 * of an H2 test to run the same test bodies on PostgreSQL. Without a reachable server the tests
 * are skipped, except with CI=true, where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresServer.Database.class)
// the same properties as JueceTest, without its H2 url
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "juece.demo.enabled=false",
        "juece.demo.password=test-secret",
        "juece.tasks.sweep.enabled=false",
        "juece.mail.enabled=true",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=1"})
public @interface PostgresTest {
}
