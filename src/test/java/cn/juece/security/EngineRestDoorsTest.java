package cn.juece.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.juece.DoorMatrix;
import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;

/**
 * Every kind of door of Camunda's engine REST API, for each role of PROCEDURE.md: only the
 * administrator gets in, except completing a task, which everyone may try and the procedure
 * rules then judge (400 with the rule, the task still open; 409 for a task that is no more). Nobody but the administrator moves
 * a process or reads another unit's variables there; no refusal shows a stack trace.
 *
 * <p>{own} is edu1's open revision task; {other} the water unit's task, whose variables hold
 * an unpublished draft; {pi} the water unit's main process instance. Doors that would destroy
 * something use an id that does not exist, so the administrator's answer (404, 400) shows he
 * reached the engine without anything changing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestDoorsTest extends ProcedureTestBase {

    private static final String MATRIX = """
            door                                                  body         anonymous edu1 water1 reviewer1 expert1 assessor1 member1 head1 office1 supervisor1 admin
            GET    /engine-rest/engine                                 -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/task                                   -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/task/{own}                             -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/task/{own}/variables                   -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/task/{other}/variables                 -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/task/{other}/form-variables            -            401 403 403 403 403 403 403 403 403 403 200
            POST   /engine-rest/task/{own}/complete                    empty        401 400 400 400 400 400 400 400 400 400 400
            POST   /engine-rest/task/{other}/complete                  empty        401 400 400 400 400 400 400 400 400 400 400
            POST   /engine-rest/task/no-such-task/complete             empty        401 409 409 409 409 409 409 409 409 409 409
            POST   /engine-rest/task/{own}/submit-form                 empty        401 403 403 403 403 403 403 403 403 403 400
            POST   /engine-rest/task/no-such-task/claim                claim        401 403 403 403 403 403 403 403 403 403 409
            POST   /engine-rest/task/no-such-task/assignee             claim        401 403 403 403 403 403 403 403 403 403 404
            POST   /engine-rest/task/no-such-task/delegate             claim        401 403 403 403 403 403 403 403 403 403 409
            POST   /engine-rest/task/no-such-task/resolve              empty        401 403 403 403 403 403 403 403 403 403 409
            PUT    /engine-rest/task/no-such-task/variables/x          variable     401 403 403 403 403 403 403 403 403 403 404
            POST   /engine-rest/task/create                            newTask      401 403 403 403 403 403 403 403 403 403 204
            DELETE /engine-rest/task/no-such-task                      -            401 403 403 403 403 403 403 403 403 403 204
            GET    /engine-rest/process-definition                     -            401 403 403 403 403 403 403 403 403 403 200
            POST   /engine-rest/process-definition/key/MajorDecisionProcess/start  start  401 403 403 403 403 403 403 403 403 403 400
            GET    /engine-rest/process-instance                       -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/process-instance/{pi}/variables        -            401 403 403 403 403 403 403 403 403 403 200
            POST   /engine-rest/process-instance/{pi}/modification     modification 401 403 403 403 403 403 403 403 403 403 400
            PUT    /engine-rest/process-instance/{pi}/variables/doorsMatrix variable 401 403 403 403 403 403 403 403 403 403 204
            DELETE /engine-rest/process-instance/no-such-pi            -            401 403 403 403 403 403 403 403 403 403 404
            PUT    /engine-rest/process-instance/no-such-pi/suspended  suspend      401 403 403 403 403 403 403 403 403 403 204
            GET    /engine-rest/history/process-instance               -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/history/variable-instance              -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/history/task                           -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/history/detail                         -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/variable-instance                      -            401 403 403 403 403 403 403 403 403 403 200
            POST   /engine-rest/deployment/create                      emptyObject  401 403 403 403 403 403 403 403 403 403 415
            GET    /engine-rest/user                                   -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/group                                  -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/authorization                          -            401 403 403 403 403 403 403 403 403 403 200
            POST   /engine-rest/user/create                            emptyObject  401 403 403 403 403 403 403 403 403 403 400
            POST   /engine-rest/job/no-such-job/execute                -            401 403 403 403 403 403 403 403 403 403 404
            POST   /engine-rest/message                                message      401 403 403 403 403 403 403 403 403 403 400
            POST   /engine-rest/signal                                 signal       401 403 403 403 403 403 403 403 403 403 204
            GET    /engine-rest/execution                              -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/external-task                          -            401 403 403 403 403 403 403 403 403 403 200
            POST   /engine-rest/external-task/fetchAndLock             fetch        401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/filter                                 -            401 403 403 403 403 403 403 403 403 403 200
            GET    /engine-rest/incident                               -            401 403 403 403 403 403 403 403 403 403 200
            POST   /engine-rest/decision-definition/key/no-such/evaluate evaluate   401 403 403 403 403 403 403 403 403 403 404
            """;

    /** A line of a Java stack trace. */
    static final String STACK_FRAME = "at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)";

    private static final Map<String, String> BODIES = Map.of(
            "empty", "{\"variables\":{}}",
            "emptyObject", "{}",
            "claim", "{\"userId\":\"edu1\"}",
            "variable", "{\"value\":\"x\",\"type\":\"String\"}",
            "start", "{\"variables\":{\"decisionId\":{\"value\":1,\"type\":\"Long\"}}}",
            "modification", "{\"skipCustomListeners\":true,\"instructions\":[{\"type\":\"startBeforeActivity\","
                    + "\"activityId\":\"CallActivity_CollectiveDiscussion\"}]}",
            "suspend", "{\"suspended\":true}",
            "message", "{\"messageName\":\"NoSuchMessage\"}",
            "signal", "{\"name\":\"NoSuchSignal\"}",
            "fetch", "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"none\",\"lockDuration\":1000}]}");
    private static final String ADMINS_TASK = "doors-matrix-task";
    private static final Map<String, String> MORE_BODIES = Map.of("evaluate", "{\"variables\":{}}",
            "newTask", "{\"id\":\"" + ADMINS_TASK + "\",\"name\":\"管理员的独立任务\"}");

    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @LocalServerPort
    int port;

    private Map<String, String> ids;
    private String secret;

    @BeforeAll
    void oneTaskOfEachUnit() {
        driver.resetClock();
        Decision edu = driver.atRevision("edu1");
        Decision water = driver.atRevision("water1");
        secret = "水务局未公开草案-" + UUID.randomUUID();
        driver.complete(water, "Task_ReviseDraft", "water1",
                driver.form("Task_ReviseDraft", "revisedDraft", secret));
        ids = Map.of("own", driver.task(edu, "Task_ReviseDraft").getId(),
                "other", driver.task(water, "Task_SubmitForReview").getId(),
                "pi", driver.decision(water).processInstanceId());
    }

    /** Only the administrator changed anything: his task and his variable, removed here. */
    @AfterAll
    void nobodyElseMovedAnything() {
        assertThat(tasks.createTaskQuery().taskId(ids.get("own")).count()).isOne();
        assertThat(tasks.createTaskQuery().taskId(ids.get("other")).count()).isOne();
        assertThat(runtime.getVariable(ids.get("pi"), "x")).as("variable of nobody's PUT").isNull();
        assertThat(runtime.getVariable(ids.get("pi"), "viaSession")).as("variable of the session's PUT").isNull();
        runtime.removeVariable(ids.get("pi"), "doorsMatrix");
        tasks.deleteTask(ADMINS_TASK, true);
    }

    @ParameterizedTest(name = "{0} {1} as {3}")
    @MethodSource("matrix")
    void doorAnswersAsTheMatrixSays(String method, String path, String body, String person, int expected)
            throws Exception {
        String filled = fill(path);
        String json = "-".equals(body) ? null : BODIES.getOrDefault(body, MORE_BODIES.get(body));
        HttpResponse<String> answer = Http.basic(port, person).send(method, filled, json,
                json == null ? null : "application/json");

        assertThat(answer.statusCode()).as("%s %s as %s: %s", method, filled, person, answer.body())
                .isEqualTo(expected);
        if (expected >= 400) {
            assertThat(answer.body()).as("refusal body").doesNotContainPattern(STACK_FRAME);
        }
        if (!"admin".equals(person)) {
            assertThat(answer.body()).as("another unit's draft").doesNotContain(secret);
        }
    }

    @Test
    void aLoggedInBrowserSessionCannotCompleteATaskThroughTheEngineApi() throws Exception {
        Http browser = Http.loggedInBrowser(port, "edu1");
        assertThat(browser.get("/").statusCode()).as("the session is signed in").isEqualTo(200);

        // a cross-site form or script would send the session cookie and no token
        HttpResponse<String> answer = browser.json("POST", "/engine-rest/task/" + ids.get("own") + "/complete",
                "{\"variables\":{\"revisedDraft\":{\"value\":\"x\"},\"revisionExplanation\":{\"value\":\"y\"}}}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(tasks.createTaskQuery().taskId(ids.get("own")).count()).isOne();
    }

    @Test
    void theAdministratorsBrowserSessionCannotDriveTheEngineApiEither() throws Exception {
        Http browser = Http.loggedInBrowser(port, "admin");
        HttpResponse<String> answer = browser.json("PUT",
                "/engine-rest/process-instance/" + ids.get("pi") + "/variables/viaSession",
                "{\"value\":\"x\",\"type\":\"String\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).as("no password prompt in a browser").isEmpty();
        assertThat(runtime.getVariable(ids.get("pi"), "viaSession")).isNull();
    }

    @Test
    void theEngineApiStillAnswersHttpBasic() throws Exception {
        assertThat(Http.basic(port, "admin").get("/engine-rest/task").statusCode()).isEqualTo(200);
    }

    Stream<Arguments> matrix() {
        return DoorMatrix.cases(MATRIX, 3);
    }

    private String fill(String path) {
        String filled = path;
        for (var id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }
}
