package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/** Work sent back (退回) reaches the sponsoring unit's task with the reason the sender recorded. */
class SentBackFormTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void materialsReturnedByTheReviewerShowWhatIsMissingOnTheResubmission() throws Exception {
        Decision decision = driver.atReview();
        driver.complete(decision, "Task_ReviewLegality", "reviewer1", driver.form("Task_ReviewLegality",
                "reviewOutcome", "RETURNED", "missingMaterials", "缺少社会稳定风险评估报告原件"));

        String resubmission = form(decision, "Task_SubmitForReview");
        assertThat(resubmission).contains("退回原因", "合法性审查", "周审查员", "缺少社会稳定风险评估报告原件");

        driver.complete(decision, "Task_SubmitForReview", "edu1");
        driver.complete(decision, "Task_ReviewLegality", "reviewer1", driver.form("Task_ReviewLegality",
                "reviewOutcome", "UNLAWFUL", "opinionLetter", "超越法定权限，不得提交会议"));
        assertThat(form(decision, "Task_ReviseDraft")).as("the unlawful finding goes back to the revision")
                .contains("退回原因", "超越法定权限，不得提交会议").doesNotContain("缺少社会稳定风险评估报告原件");
    }

    @Test
    void postponedByTheHeadTheRevisionShowsTheHeadsStatement() throws Exception {
        Decision decision = driver.atHeadDecision("DISAGREE", "DISAGREE", "AGREE");
        driver.complete(decision, "Task_HeadDecision", "head1", driver.form("Task_HeadDecision",
                "meetingOutcome", "POSTPONE", "headStatement", "暂缓决定：过渡期安排须再研究"));

        assertThat(form(decision, "Task_ReviseDraft")).contains("退回原因", "行政首长末位表态", "王市长",
                "暂缓决定：过渡期安排须再研究");
        String revision = "/tasks/" + driver.task(decision, "Task_ReviseDraft").getId();
        assertThat(form(get(revision).param("lang", "en"))).contains("Sent back",
                "The administrative head states a position last", "暂缓决定：过渡期安排须再研究");
    }

    @Test
    void aFirstRevisionShowsNoSendBack() throws Exception {
        Decision decision = driver.atRevision();

        assertThat(form(decision, "Task_ReviseDraft")).doesNotContain("退回原因");
    }

    private String form(Decision decision, String taskKey) throws Exception {
        return form(get("/tasks/" + driver.task(decision, taskKey).getId()));
    }

    private String form(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(DirectoryUser.of(directory, "edu1"))).andReturn().getResponse()
                .getContentAsString();
    }
}
