package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.dossier.Documents;
import cn.juece.dossier.Dossier;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/** Task lists, task forms and the proposal form, as each role uses them. */
class TaskPagesTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    Dossier dossier;
    @Autowired
    Documents documents;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void headSeesTheDecisionToStartInTheGroupListAndClaimsIt() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();

        assertThat(page(get("/?tab=group"), "head1")).contains("决定是否启动决策", decision.title(), "签收");
        assertThat(page(get("/?tab=group"), "edu1")).doesNotContain(taskId);

        mvc.perform(post("/tasks/" + taskId + "/claim").with(as("head1")).with(csrf()))
                .andExpect(redirectedUrl("/?tab=mine"));
        assertThat(page(get("/?tab=mine"), "head1")).contains("/tasks/" + taskId, "退回组待办");
    }

    @Test
    void unitFilterKeepsTheChosenSponsoringUnitsTasksAndDropsTheOthers() throws Exception {
        Decision edu = driver.atReview("edu1");
        Decision water = driver.atReview("water1");

        assertThat(page(get("/?tab=group"), "reviewer1")).contains(edu.reference(), water.reference())
                .containsPattern("<option value=\"unit-edu\"\\s*>市教育局</option>")
                .containsPattern("<option value=\"unit-water\"\\s*>市水务局</option>");
        assertThat(page(get("/?tab=group&unit=unit-water"), "reviewer1"))
                .containsPattern(Pattern.quote(water.reference()) + "</small></td>\\s*<td>市水务局</td>")
                .contains("<option value=\"unit-water\" selected>").doesNotContain(edu.reference());

        driver.complete(edu, "Task_ReviewLegality", "reviewer1");
        driver.complete(water, "Task_ReviewLegality", "reviewer1");
        assertThat(page(get("/?tab=done&unit=unit-edu"), "reviewer1"))
                .containsPattern(Pattern.quote(edu.reference()) + "</small></td>\\s*<td>市教育局</td>")
                .doesNotContain(water.reference());
    }

    @Test
    void stageFilterKeepsTheTasksOfTheChosenProcess() throws Exception {
        Decision decision = driver.atReview();

        assertThat(page(get("/?tab=group&stage=LegalityReviewProcess"), "reviewer1")).contains(decision.reference())
                .contains("<option value=\"LegalityReviewProcess\" selected>");
        assertThat(page(get("/?tab=group&stage=MajorDecisionProcess"), "reviewer1"))
                .doesNotContain(decision.reference());
    }

    @Test
    void aDecisionNotYetStartedHasNoSponsoringUnitInTheList() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);

        assertThat(page(get("/?tab=group"), "head1"))
                .containsPattern(Pattern.quote(decision.reference()) + "</small></td>\\s*<td>—</td>");
        assertThat(page(get("/?tab=group&unit=unit-edu"), "head1")).doesNotContain(decision.reference());
    }

    @Test
    void taskFormShowsTheTaskFieldsAndMaterialsOnlyToWhoMayDoIt() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();

        assertThat(page(get("/tasks/" + taskId), "head1"))
                .contains("决定是否启动决策", "是否启动决策", "决策承办单位", "市教育局", "拟解决的问题", "确认提交");
        mvc.perform(get("/tasks/" + taskId).with(as("edu1"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + taskId).with(as("supervisor1"))).andExpect(status().isNotFound());
    }

    @Test
    void aRuleRefusalComesBackBesideItsFieldKeepingWhatWasTyped() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();

        String refused = page(post("/tasks/" + taskId).with(csrf()).param("initiationApproved", "true")
                .param("initiationOpinion", "同意<script>x</script>").param("confirmed", "true"), "head1");

        assertThat(refused).contains("决定启动的，应当明确决策承办单位", "同意&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x");
        assertThat(driver.tasks(decision, "Task_DecideInitiation")).hasSize(1);
    }

    @Test
    void submittingNeedsTheConfirmationAndThenCompletesTheTask() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        Map<String, String> form = Map.of("initiationApproved", "true", "sponsorUnit", "unit-edu",
                "initiationOpinion", "同意启动");

        assertThat(page(with(post("/tasks/" + taskId).with(csrf()), form), "head1")).contains("请确认已核对所填内容");
        assertThat(page(with(post("/tasks/" + taskId).with(csrf()).param("lang", "en"), form), "head1"))
                .contains("Please confirm that you have checked what you entered");
        assertThat(driver.tasks(decision, "Task_DecideInitiation")).hasSize(1);

        mvc.perform(with(post("/tasks/" + taskId).with(csrf()), form).param("confirmed", "true").with(as("head1")))
                .andExpect(redirectedUrl("/"));
        assertThat(driver.tasks(decision, "Task_DraftDecision")).hasSize(1);
        assertThat(page(get("/?tab=done"), "head1")).contains("决定是否启动决策");
    }

    @Test
    void documentsSubmittedWithATaskEnterTheDossierWithTheirHash() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        byte[] pdf = "%PDF-1.7 启动意见".getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/tasks/" + taskId).file(new MockMultipartFile("documents", "启动意见.pdf",
                        "application/pdf", pdf)).with(csrf()).with(as("head1"))
                        .param("initiationApproved", "true").param("sponsorUnit", "unit-edu")
                        .param("initiationOpinion", "同意").param("confirmed", "true"))
                .andExpect(redirectedUrl("/"));

        var stored = documents.ofDecision(decision.id());
        assertThat(stored).singleElement().satisfies(document -> {
            assertThat(document.fileName()).isEqualTo("启动意见.pdf");
            assertThat(document.sha256()).isEqualTo(Documents.sha256(pdf));
            assertThat(document.uploadedBy()).isEqualTo("head1");
        });
        long id = stored.get(0).id();
        assertThat(page(get("/decisions/" + decision.id()), "head1")).contains("启动意见.pdf", stored.get(0).sha256());
        assertThat(mvc.perform(get("/documents/" + id).with(as("head1"))).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(get("/documents/" + id).with(as("water1"))).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedFileCompletesNothingAndARefusedCompletionStoresNoFile() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();

        String badFile = page(multipart("/tasks/" + taskId).file(new MockMultipartFile("documents", "病毒.pdf",
                        "application/pdf", "MZ...".getBytes())).with(csrf())
                .param("initiationApproved", "true").param("sponsorUnit", "unit-edu")
                .param("initiationOpinion", "同意").param("confirmed", "true"), "head1");
        assertThat(badFile).contains("不是可接受的 PDF 或 Office 文档");
        assertThat(driver.tasks(decision, "Task_DecideInitiation")).hasSize(1);

        page(multipart("/tasks/" + taskId).file(new MockMultipartFile("documents", "意见.pdf", "application/pdf",
                        "%PDF-1.7".getBytes())).with(csrf())
                .param("initiationApproved", "true").param("initiationOpinion", "同意").param("confirmed", "true"),
                "head1");
        assertThat(driver.tasks(decision, "Task_DecideInitiation")).hasSize(1);
        assertThat(documents.ofDecision(decision.id())).isEmpty();
    }

    @Test
    void formsPostWithoutTheCsrfTokenAreForbidden() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        mvc.perform(post("/tasks/" + taskId).param("confirmed", "true").with(as("head1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/decisions/new").with(as("edu1"))).andExpect(status().isForbidden());
    }

    @Test
    void sponsoringUnitProposesFromThePublishedCatalogueWithClearErrors() throws Exception {
        assertThat(page(get("/decisions/new"), "edu1")).contains("年度目录事项", "初步方案");
        String refused = page(post("/decisions/new").with(csrf()).param("title", "新事项"), "edu1");
        assertThat(refused).contains("请选择年度决策事项目录中的事项", "请写明法律和政策依据", "新事项");

        mvc.perform(get("/decisions/new").with(as("head1"))).andExpect(status().isForbidden());
        mvc.perform(get("/decisions/new").with(as("reviewer1"))).andExpect(status().isForbidden());
    }

    @Test
    void aValidProposalStartsTheProcedure() throws Exception {
        Decision existing = driver.propose("PUBLIC_POLICY", false);
        int before = dossier.entries(existing.id()).size();
        mvc.perform(post("/decisions/new").with(csrf()).with(as("edu1"))
                        .param("catalogueItemId", String.valueOf(existing.catalogueItemId()))
                        .param("title", "第二项决策").param("problem", "问题").param("reasons", "理由")
                        .param("legalBasis", "依据").param("preliminaryPlan", "方案"))
                .andExpect(redirectedUrlPattern("/decisions/*"));
        assertThat(dossier.entries(existing.id())).hasSize(before);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/").accept("text/html")).andExpect(redirectedUrlPattern("**/login"));
    }

    private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user))).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String userId) {
        return DirectoryUser.of(directory, userId);
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Map<String, String> form) {
        form.forEach(request::param);
        return request;
    }
}
