package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.juece.JueceTest;

/**
 * Errors as a browser gets them from the running server: the Chinese error page, never a stack
 * trace, an exception's class or the SQL of a failed query; for the engine REST API, no stack trace.
 */
@JueceTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aServerErrorShowsTheChinesePageAndNothingOfTheFailure() throws Exception {
        for (HttpResponse<String> failed : new HttpResponse[] {send("GET", "/portal/test-failure", null),
                send("GET", "/test-failure", "office1")}) {
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(failed.body()).contains("系统暂时无法处理您的请求", "错误代码 500");
            assertLeaksNothing(failed.body());
        }
    }

    @Test
    void notFoundForbiddenAndWrongMethodShowTheirChinesePages() throws Exception {
        HttpResponse<String> missing = send("GET", "/portal/no-such-page", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在");

        HttpResponse<String> missingInside = send("GET", "/no-such-page", "office1");
        assertThat(missingInside.statusCode()).isEqualTo(404);
        assertThat(missingInside.body()).contains("页面不存在");

        HttpResponse<String> forbidden = send("GET", "/decisions/new", "head1");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问");

        HttpResponse<String> wrongMethod = send("GET", "/tasks/some-task/claim", "head1");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("不支持此操作方式");

        for (HttpResponse<String> answer : java.util.List.of(missing, missingInside, forbidden, wrongMethod)) {
            assertLeaksNothing(answer.body());
        }
    }

    @Test
    void theEngineApiAnswersErrorsWithoutAStackTrace() throws Exception {
        // the API's JSON names Camunda's exception type by design (clients read it); no trace, no SQL
        HttpResponse<String> missing = send("GET", "/engine-rest/no-such-resource", "admin");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("\tat ", "at org.", "at cn.", "### SQL");

        HttpResponse<String> failed = send("GET", "/engine-rest/test-failure", "admin");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("系统暂时无法处理您的请求")
                .doesNotContain("secret_table", "### SQL", "\tat ", "ProcessEngineException");

        HttpResponse<String> unknownTask = send("GET", "/engine-rest/task/no-such-task", "admin");
        assertThat(unknownTask.statusCode()).isEqualTo(404);
        assertThat(unknownTask.body()).doesNotContain("\tat ", "at org.", "at cn.", "### SQL");
    }

    private static void assertLeaksNothing(String body) {
        assertThat(body).doesNotContain("Exception", "\tat ", "at cn.juece", "at org.", FailingPagesForTest.SECRET,
                "secret_table", "Whitelabel", "trace");
    }

    private HttpResponse<String> send(String method, String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", path.startsWith("/engine-rest") ? "application/json" : "text/html,application/xhtml+xml").method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":test-secret").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
