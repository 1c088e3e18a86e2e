package cn.juece.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.web.DatabaseSnapshot;

/**
 * Malformed and hostile completions of a task through the engine REST API, by the person the
 * task is for: a field-level problem is refused by the procedure rules with a Chinese message
 * naming the field; a body that is not even the API's JSON is refused by Camunda with 4xx. None
 * is a 500, none shows a stack trace, none changes anything (but the audit chain's record of
 * the HTTP Basic sign-in each request makes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestHostileInputTest extends ProcedureTestBase {

    private static final String HUGE = "字".repeat(300_000);

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private String revise;
    private String submit;

    @BeforeAll
    void tasksOfEdu1() {
        driver.resetClock();
        Decision revision = driver.atRevision("edu1");
        revise = driver.task(revision, "Task_ReviseDraft").getId();
        Decision submission = driver.atRevision("edu1");
        driver.complete(submission, "Task_ReviseDraft", "edu1");
        submit = driver.task(submission, "Task_SubmitForReview").getId();
    }

    /** Variant name, task, body, whether the rules (not the JSON reader) must refuse it. */
    Stream<Arguments> bodies() {
        Map<String, String> reviseCases = new LinkedHashMap<>();
        reviseCases.put("revisedDraft missing", variables("\"revisionExplanation\":{\"value\":\"说明\"}"));
        reviseCases.put("revisedDraft empty", revise("\"\""));
        reviseCases.put("revisedDraft full-width spaces", revise("\"\u3000\u3000 \""));
        reviseCases.put("revisedDraft huge", revise("\"" + HUGE + "\""));
        reviseCases.put("revisedDraft NUL byte", revise("\"草案\\u0000正文\""));
        reviseCases.put("revisedDraft null", revise("null"));
        reviseCases.put("revisedDraft a number", revise("12345"));
        reviseCases.put("revisedDraft a boolean", revise("true"));
        reviseCases.put("undeclared variable", variables("\"revisedDraft\":{\"value\":\"草案\"},"
                + "\"revisionExplanation\":{\"value\":\"说明\"},\"sponsorUnit\":{\"value\":\"unit-water\"}"));
        Map<String, String> submitCases = new LinkedHashMap<>();
        submitCases.put("plannedMeetingDate in the past", submit("\"2000-01-01\""));
        submitCases.put("plannedMeetingDate malformed", submit("\"2026-13-45\""));
        submitCases.put("plannedMeetingDate letters", submit("\"下周三\""));
        submitCases.put("plannedMeetingDate year 0", submit("\"0000-01-01\""));
        submitCases.put("plannedMeetingDate a number", submit("20260401"));
        Map<String, String> unreadable = new LinkedHashMap<>();
        unreadable.put("not JSON", "{variables: oops");
        unreadable.put("variables a list", "{\"variables\":[1,2,3]}");
        unreadable.put("unknown value type",
                "{\"variables\":{\"revisedDraft\":{\"value\":\"x\",\"type\":\"NoSuchType\"}}}");
        unreadable.put("serialized Java object", "{\"variables\":{\"revisedDraft\":{\"value\":\"rO0ABXQAAXg=\","
                + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}");
        return Stream.of(
                reviseCases.entrySet().stream().map(c -> Arguments.of(c.getKey(), "revise", c.getValue(), true)),
                submitCases.entrySet().stream().map(c -> Arguments.of(c.getKey(), "submit", c.getValue(), true)),
                unreadable.entrySet().stream().map(c -> Arguments.of(c.getKey(), "revise", c.getValue(), false)))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void refusedAndNothingChanged(String variant, String task, String body, boolean byTheRules) throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.apartFromSignIns(jdbc);
        String id = "revise".equals(task) ? revise : submit;
        HttpResponse<String> answer = Http.basic(port, "edu1").json("POST", "/engine-rest/task/" + id + "/complete",
                body);

        assertThat(answer.statusCode()).as("%s: %s", variant, answer.body()).isBetween(400, 499);
        assertThat(answer.body()).as(variant).doesNotContainPattern(EngineRestDoorsTest.STACK_FRAME);
        if (byTheRules) {
            assertThat(answer.body()).as(variant).contains("\"type\":\"ProcedureViolation\"")
                    .containsPattern("[\\u4e00-\\u9fff]");
        }
        assertThat(DatabaseSnapshot.apartFromSignIns(jdbc).differencesFrom(before)).as("%s changed", variant).isEmpty();
    }

    private static String variables(String inner) {
        return "{\"variables\":{" + inner + "}}";
    }

    private static String revise(String draftValue) {
        return variables("\"revisedDraft\":{\"value\":" + draftValue + "},\"revisionExplanation\":{\"value\":\"说明\"}");
    }

    private static String submit(String dateValue) {
        return variables("\"materialsList\":{\"value\":\"草案\"},\"legalBasis\":{\"value\":\"依据\"},"
                + "\"proceduresAccount\":{\"value\":\"说明\"},\"plannedMeetingDate\":{\"value\":" + dateValue + "}");
    }
}
