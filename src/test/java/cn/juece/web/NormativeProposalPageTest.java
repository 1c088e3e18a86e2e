package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.normative.NormativeDocuments;
import cn.juece.normative.NormativeProposal;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/** A sponsoring unit proposes a normative document on its page; its own unit then drafts it. */
class NormativeProposalPageTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    DecisionWorkflow decisions;
    @Autowired
    NormativeDocuments normativeDocuments;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void sponsoringUnitProposesANormativeDocumentWhichItsUnitThenDrafts() throws Exception {
        String page = mvc.perform(get("/normative/new").with(DirectoryUser.of(directory, "water1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("提出规范性文件制定建议", "name=\"_csrf\"", "制定的必要性");

        String location = mvc.perform(post("/normative/new").with(DirectoryUser.of(directory, "water1")).with(csrf())
                        .param("title", "关于河道管理范围内建设项目审批的规定").param("necessity", "审批标准不一")
                        .param("legalBasis", "《中华人民共和国水法》").param("mainContent", "审批条件和程序"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Decision document = decisions.find(Long.parseLong(location.substring("/decisions/".length()))).orElseThrow();
        assertThat(document.category()).isEqualTo(DecisionWorkflow.NORMATIVE_DOCUMENT);
        assertThat(driver.task(document, "Task_DraftNormativeDocument").getId()).isNotBlank();
    }

    @Test
    void aProposalWithoutItsLegalBasisIsRefusedOnThePageAndRegistersNothing() throws Exception {
        String page = mvc.perform(post("/normative/new").with(DirectoryUser.of(directory, "water1")).with(csrf())
                        .param("title", "无依据的文件").param("necessity", "需要").param("legalBasis", " ")
                        .param("mainContent", "内容"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请写明制定依据", "无依据的文件");
        assertThat(decisions.all()).noneMatch(d -> d.title().equals("无依据的文件"));
    }

    @Test
    void theFormsOfANormativeDocumentShowItsDraftAndLaterItsUnifiedNumber() throws Exception {
        Decision document = normativeDocuments.propose(new NormativeProposal("关于公共停车场收费的规定", "收费标准不一",
                "《中华人民共和国价格法》", "收费标准和公示"), "edu1");
        assertThat(form(document, "Task_DraftNormativeDocument", "edu1")).contains("起草规范性文件", "收费标准不一");
        driver.complete(document, "Task_DraftNormativeDocument", "edu1");
        driver.complete(document, "Task_SubmitForReview", "edu1");
        driver.complete(document, "Task_ReviewLegality", "reviewer1");
        driver.complete(document, "Task_ReportToPartyCommittee", "office1");
        driver.complete(document, "Task_ScheduleMeeting", "office1");
        for (String member : List.of("member1", "member2", "member3")) {
            driver.complete(document, "Task_MemberOpinion", member);
        }
        driver.complete(document, "Task_HeadDecision", "head1");
        assertThat(form(document, "Task_RegisterNumber", "office1")).contains("不能手工填写");
        driver.complete(document, "Task_RegisterNumber", "office1");

        assertThat(form(document, "Task_PublishNormativeDocument", "office1")).containsPattern("某府规〔2026〕\\d+号")
                .contains("有效期至");
        assertThat(mvc.perform(get("/decisions/" + document.id()).with(DirectoryUser.of(directory, "office1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("行政规范性文件制定与管理");
    }

    private String form(Decision document, String taskKey, String user) throws Exception {
        return mvc.perform(get("/tasks/" + driver.task(document, taskKey).getId()).with(DirectoryUser.of(directory, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyASponsoringUnitMayProposeANormativeDocument() throws Exception {
        mvc.perform(get("/normative/new").with(DirectoryUser.of(directory, "reviewer1"))).andExpect(status().isForbidden());
        mvc.perform(post("/normative/new").with(DirectoryUser.of(directory, "reviewer1")).with(csrf())
                .param("title", "审查员提出的文件").param("necessity", "n").param("legalBasis", "l").param("mainContent", "m"))
                .andExpect(status().isForbidden());
        assertThat(decisions.all()).noneMatch(d -> d.title().equals("审查员提出的文件"));
    }
}
