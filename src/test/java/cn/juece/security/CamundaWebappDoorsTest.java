package cn.juece.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.juece.DoorMatrix;
import cn.juece.JueceTest;

/**
 * Cockpit, Tasklist and Admin, their pages and the APIs behind them, for each role: the
 * administrator's alone. "login" is the redirect to the login page; the administrator's 404 is
 * an API path that asks for something that is not there, which shows he got through.
 */
@JueceTest
class CamundaWebappDoorsTest {

    private static final String MATRIX = """
            door                                                      anonymous edu1 water1 reviewer1 expert1 assessor1 member1 head1 office1 supervisor1 admin
            GET /camunda/app/cockpit/default/                              login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/app/tasklist/default/                             login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/app/admin/default/                                login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/app/welcome/default/                              login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/api/engine/engine/                                login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/api/engine/engine/default/task                    login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/api/engine/engine/default/process-instance        login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/api/engine/engine/default/history/variable-instance login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/api/engine/engine/default/user                    login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/api/engine/engine/default/authorization           login 403 403 403 403 403 403 403 403 403 200
            GET /camunda/api/tasklist/plugin/no-such/default/              login 403 403 403 403 403 403 403 403 403 404
            """;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("matrix")
    void doorAnswersAsTheMatrixSays(String method, String path, String person, String expected) throws Exception {
        HttpResponse<String> answer = Http.basic(port, person).send(method, path, null, null);
        if ("login".equals(expected)) {
            assertThat(answer.statusCode()).as("%s as %s", path, person).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login");
        } else {
            assertThat(answer.statusCode()).as("%s as %s: %s", path, person, answer.body())
                    .isEqualTo(Integer.parseInt(expected));
        }
        if (answer.statusCode() >= 400) {
            assertThat(answer.body()).as("refusal body").doesNotContainPattern(EngineRestDoorsTest.STACK_FRAME);
        }
    }

    /** The webapps' API checks Camunda's own CSRF token: the administrator's session alone is not enough. */
    @Test
    void theAdministratorsSessionCannotChangeAnythingThroughTheWebappApiWithoutItsToken() throws Exception {
        Http browser = Http.loggedInBrowser(port, "admin");
        assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);

        HttpResponse<String> answer = browser.json("POST", "/camunda/api/engine/engine/default/signal",
                "{\"name\":\"DoorsTestSignal\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    }

    static Stream<Arguments> matrix() {
        return DoorMatrix.cases(MATRIX, 2);
    }
}
