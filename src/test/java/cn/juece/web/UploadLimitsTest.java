package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.dossier.Documents;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/** Files over 20 MB, and submissions over 100 MB, are refused in Chinese with nothing stored. */
class UploadLimitsTest extends ProcedureTestBase {

    private static final int MB = 1024 * 1024;

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    Documents documents;
    @LocalServerPort
    int port;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedBesideTheFieldAndNothingIsStoredOrCompleted() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        byte[] large = Arrays.copyOf("%PDF-1.7 ".getBytes(StandardCharsets.US_ASCII), 20 * MB + 1);

        String page = mvc.perform(multipart("/tasks/" + taskId)
                        .file(new MockMultipartFile("documents", "附件.pdf", "application/pdf", large))
                        .param("initiationApproved", "true").param("sponsorUnit", "unit-edu")
                        .param("initiationOpinion", "同意").param("confirmed", "true")
                        .with(csrf()).with(DirectoryUser.of(directory, "head1")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("文件「附件.pdf」超过 20 MB 的上限");
        assertThat(driver.tasks(decision, "Task_DecideInitiation")).hasSize(1);
        assertThat(documents.ofDecision(decision.id())).isEmpty();
    }

    @Test
    void aSubmissionOverOneHundredMegabytesGetsTheChineseErrorPageNotAForbiddenOrAReset() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginToken = csrfToken(get(browser, "/login"));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=head1&password=test-secret&_csrf=" + loginToken))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        String token = csrfToken(get(browser, "/login"));

        // as a browser sends a form with a file: the CSRF token first, then the file
        String boundary = "juece-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"大.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long zeros = 100L * MB;
        HttpRequest upload = HttpRequest.newBuilder(url("/tasks/any-task"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                new ZeroBytes(zeros), new ByteArrayInputStream(tail))))),
                        head.length + zeros + tail.length))
                .build();

        HttpResponse<String> answer = browser.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("上传的文件过大", "每个文件不超过 20 MB", "未保存").doesNotContain("Exception");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** A stream of zeros of a given length, not held in memory. */
    private static final class ZeroBytes extends InputStream {

        private long left;

        ZeroBytes(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + count, (byte) 0);
            left -= count;
            return count;
        }
    }
}
