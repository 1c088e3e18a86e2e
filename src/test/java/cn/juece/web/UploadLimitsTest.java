package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
        long length = 100L * MB + 1;
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tasks/any-task"))
                .header("Content-Type", "multipart/form-data; boundary=juece-test-boundary")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroBytes(length)), length))
                .build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("上传的文件过大", "每个文件不超过 20 MB", "未保存").doesNotContain("Exception");
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
