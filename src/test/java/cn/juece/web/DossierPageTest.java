package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.Proposal;
import cn.juece.dossier.Documents;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;
import cn.juece.task.WorkflowTasks;

/** The decision list and each decision's dossier page, as the people of the directory see them. */
class DossierPageTest extends ProcedureTestBase {

    static final String OPINION_WITHHELD = "已在会上发表意见。发言内容记入会议纪要";
    static final String[] OPINION_TEXTS = {"过渡期宜延长至三年", "学位缺口测算不足", "注意做好舆情引导"};

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    RepositoryService repository;
    @Autowired
    DecisionWorkflow decisions;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowTasks workflow;
    @Autowired
    Documents documents;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void dossierAtTheMeetingShowsEveryStepWithItsActorAndTheFieldsChineseLabels() throws Exception {
        Decision decision = driver.atMeeting();

        String page = page("head1", decision);

        assertThat(page).contains(decision.reference(), "城区学区划分调整方案", "重大公共政策和措施", "赵科长（教育局）", "市教育局");
        assertThat(page).containsSubsequence("提出决策建议", "决定是否启动决策", "王市长", "是否启动决策", "是",
                "决策承办单位", "市教育局", "拟订决策草案", "修改完善草案", "提请合法性审查",
                "合法性审查", "周审查员（司法局）", "<dt>审查结论</dt>", "<dd class=\"text\">合法</dd>",
                "合法性审查意见书", "经审查，草案合法", "向党委请示报告", "李秘书长", "党委是否同意");
        assertThat(page).contains("2026-03-02 09:00").doesNotContain("initiationApproved", "LAWFUL");
        assertThat(page).containsSubsequence("当前环节", "安排会议", "集体讨论决定", "待签收：", "政府办公室");
    }

    @Test
    void diagramShowsTheMeetingUnderWayAndTheReviewDone() throws Exception {
        Decision decision = driver.atMeeting();
        String main = definition("MajorDecisionProcess");
        String meeting = definition("CollectiveDiscussionProcess");
        String review = definition("LegalityReviewProcess");

        assertThat(page("head1", decision))
                .contains("/decisions/" + decision.id() + "/diagram/" + main.replace(":", "%3A"),
                        "/diagram/" + meeting.replace(":", "%3A"))
                .doesNotContain("/diagram/" + review.replace(":", "%3A"));

        Map<String, Object> meetingDiagram = diagram("head1", decision, meeting);
        assertThat((String) meetingDiagram.get("xml")).contains("<bpmn:process id=\"CollectiveDiscussionProcess\"");
        assertThat(ids(meetingDiagram, "active")).containsExactly("Task_ScheduleMeeting");
        assertThat(ids(meetingDiagram, "finished")).containsExactly("StartEvent_DiscussionRequested");

        Map<String, Object> reviewDiagram = diagram("head1", decision, review);
        assertThat(ids(reviewDiagram, "finished")).contains("Task_SubmitForReview", "Task_ReviewLegality");
        assertThat(ids(reviewDiagram, "active")).isEmpty();

        Map<String, Object> mainDiagram = diagram("head1", decision, main);
        assertThat(ids(mainDiagram, "active")).containsExactly("CallActivity_CollectiveDiscussion");
        assertThat(ids(mainDiagram, "finished")).contains("Task_DecideInitiation", "CallActivity_LegalityReview",
                "Task_ReportToPartyCommittee").doesNotContain("CallActivity_CollectiveDiscussion");

        mvc.perform(get("/decisions/{id}/diagram/{definition}", decision.id(), definition("RiskAssessmentProcess"))
                .with(as("head1"))).andExpect(status().isNotFound());
    }

    @Test
    void expertsAndTheirAdoptedOpinionsReadAsNamesNotIds() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "notPublic", true, "notPublicReason", "涉密", "affectsVitalInterests", false, "riskToStability", false, "technical", true));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_SelectExperts", "edu1");
        for (String expert : List.of("expert1", "expert2", "expert3")) {
            driver.complete(decision, "Task_SubmitExpertOpinion", expert);
        }
        driver.complete(decision, "Task_ReviseDraft", "edu1", driver.revisionAdoptingEverything(decision));

        assertThat(page("head1", decision)).containsSubsequence("遴选论证专家", "论证专家", "郑教授、冯研究员、陈工程师",
                "修改完善草案", "意见采纳情况", "<li>专家意见（郑教授）：采纳</li>").doesNotContain("\"ref\"", "expert:");
    }

    @Test
    void deadlineNoticesStandOutInTheTimeline() throws Exception {
        Decision decision = driver.atReview();
        driver.passTime(decision, Duration.ofDays(17));
        driver.passTime(decision, Duration.ofDays(5));

        String page = page("head1", decision);

        assertThat(page).containsSubsequence("class=\"entry kind-deadline_notice deadline\"", "期限提醒：即将到期提醒",
                "class=\"entry kind-deadline_notice deadline overdue\"", "期限提醒：已超期，已督办");
        assertThat(page).containsSubsequence("当前环节", "合法性审查", "待签收：", "合法性审查机构", "class=\"light red\"");
    }

    @Test
    void titleWithMarkupIsShownAsText() throws Exception {
        long item = catalogue.add(new CatalogueItem(0, "某市人民政府", "national", 2026, "测试事项", "PUBLIC_POLICY",
                "unit-edu", false, LocalDate.of(2026, 12, 31), CatalogueItem.PUBLISHED));
        Decision decision = decisions.propose(new Proposal(item, "<script>alert('x')</script>学区调整", "问题", "理由",
                "依据", "方案", false), "edu1");

        assertThat(page("head1", decision)).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;学区调整")
                .doesNotContain("<script>alert(");
        assertThat(list("head1")).contains("&lt;script&gt;").doesNotContain("<script>alert(");
    }

    @Test
    void sponsoringUnitSeesOnlyDecisionsItSponsors() throws Exception {
        Decision decision = driver.atRevision();

        mvc.perform(get("/decisions/{id}", decision.id()).with(as("water1"))).andExpect(status().isForbidden());
        mvc.perform(get("/decisions/{id}/diagram/{definition}", decision.id(), definition("MajorDecisionProcess"))
                .with(as("water1"))).andExpect(status().isForbidden());
        assertThat(list("water1")).doesNotContain(decision.reference());

        mvc.perform(get("/decisions/{id}", decision.id()).with(httpBasic("edu1", "test-secret")))
                .andExpect(status().isOk());
        assertThat(list("edu1")).contains(decision.reference());
        assertThat(list("reviewer1")).contains(decision.reference());
    }

    @Test
    void whileTheMeetingIsUnderWayOnlyThoseAtItReadWhatEachMemberSaid() throws Exception {
        Decision decision = atHeadDecisionWithDistinctOpinions();

        for (String outsider : List.of("edu1", "expert1", "reviewer1")) {
            assertThat(page(outsider, decision)).as(outsider)
                    .doesNotContain(OPINION_TEXTS).doesNotContain("<dt>表态</dt>", "<dt>发表的意见</dt>")
                    .containsSubsequence("会议组成人员发表意见", "蒋副市长", OPINION_WITHHELD,
                            "会议组成人员发表意见", "沈副市长", OPINION_WITHHELD,
                            "会议组成人员发表意见", "韩副市长", OPINION_WITHHELD)
                    .doesNotContain("href=\"/meetings?decision=");
        }
        for (String insider : List.of("member1", "office1", "supervisor1", "head1")) {
            assertThat(page(insider, decision)).as(insider).containsSubsequence(
                    "蒋副市长", "<dt>表态</dt>", "修改后同意", "过渡期宜延长至三年",
                    "沈副市长", "不同意", "学位缺口测算不足，不同意本方案",
                    "韩副市长", "同意", "注意做好舆情引导")
                    .doesNotContain(OPINION_WITHHELD).contains("href=\"/meetings?decision=" + decision.id() + "\"");
        }
    }

    @Test
    void afterTheHeadDecidedTheSponsoringUnitReadsTheDecisionButNotWhatEachMemberSaid() throws Exception {
        Decision decision = atHeadDecisionWithDistinctOpinions();
        driver.complete(decision, "Task_HeadDecision", "head1", driver.form("Task_HeadDecision",
                "meetingOutcome", "ADOPT_WITH_CHANGES", "headStatement", "方案总体可行，原则通过",
                "requiredChanges", "过渡期按三年安排"));

        assertThat(page("edu1", decision))
                .containsSubsequence("会议组成人员发表意见", "韩副市长", OPINION_WITHHELD,
                        "行政首长末位表态", "王市长", "<dt>决定</dt>", "修改后通过", "方案总体可行，原则通过", "过渡期按三年安排")
                .doesNotContain(OPINION_TEXTS).doesNotContain("<dt>表态</dt>");
        assertThat(page("supervisor1", decision)).containsSubsequence(
                "蒋副市长", "修改后同意", "过渡期宜延长至三年",
                "沈副市长", "<dt>表态</dt>", "<dd class=\"text\">不同意</dd>", "学位缺口测算不足，不同意本方案",
                "韩副市长", "注意做好舆情引导",
                "行政首长末位表态", "修改后通过", "方案总体可行，原则通过").doesNotContain(OPINION_WITHHELD);
    }

    @Test
    void aFileFiledWithAMembersOpinionIsNotListedOrServedToThoseOutsideTheMeeting() throws Exception {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        String opinionTask = driver.tasks(decision, "Task_MemberOpinion").stream()
                .filter(task -> "member1".equals(task.getAssignee())).findFirst().orElseThrow().getId();
        workflow.complete(opinionTask, "member1", driver.groupsOf("member1"), driver.validForm("Task_MemberOpinion"),
                List.of(new Documents.Upload("蒋副市长书面意见.pdf", "%PDF-1.7 书面意见".getBytes(StandardCharsets.UTF_8))));
        long file = documents.ofDecision(decision.id()).stream()
                .filter(document -> "Task_MemberOpinion".equals(document.activityId())).findFirst().orElseThrow().id();

        assertThat(page("edu1", decision)).doesNotContain("蒋副市长书面意见.pdf", "/documents/" + file + "\"");
        mvc.perform(get("/documents/{id}", file).with(as("edu1"))).andExpect(status().isForbidden());
        assertThat(page("supervisor1", decision)).contains("蒋副市长书面意见.pdf", "/documents/" + file + "\"");
        mvc.perform(get("/documents/{id}", file).with(as("supervisor1"))).andExpect(status().isOk());
    }

    @Test
    void unknownDecisionIsNotFound() throws Exception {
        mvc.perform(get("/decisions/{id}", 987654321L).with(as("head1"))).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorIsSentToLogIn() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        mvc.perform(get("/decisions/{id}", decision.id()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/decisions").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void decisionListLinksToEachDossier() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);

        assertThat(list("head1")).contains("href=\"/decisions/" + decision.id() + "\"", decision.reference(),
                "城区学区划分调整方案", "办理中", "2026-03-02 09:00");
    }

    /** Scheduled; member1-3 have spoken, one in dissent, and the head has not. */
    private Decision atHeadDecisionWithDistinctOpinions() {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        speak(decision, "member1", "AGREE_WITH_CHANGES", "过渡期宜延长至三年");
        speak(decision, "member2", "DISAGREE", "学位缺口测算不足，不同意本方案");
        speak(decision, "member3", "AGREE", "注意做好舆情引导");
        driver.task(decision, "Task_HeadDecision");
        return decision;
    }

    private void speak(Decision decision, String member, String position, String text) {
        driver.complete(decision, "Task_MemberOpinion", member,
                driver.form("Task_MemberOpinion", "memberOpinion", position, "opinionText", text));
    }

    private String page(String userId, Decision decision) throws Exception {
        return mvc.perform(get("/decisions/{id}", decision.id()).with(as(userId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String list(String userId) throws Exception {
        return mvc.perform(get("/decisions").with(as(userId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Map<String, Object> diagram(String userId, Decision decision, String definitionId) throws Exception {
        String body = mvc.perform(get("/decisions/{id}/diagram/{definition}", decision.id(), definitionId)
                        .with(as(userId)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readValue(body, json.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> diagram, String which) {
        return (List<String>) diagram.get(which);
    }

    private String definition(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                .getId();
    }

    private RequestPostProcessor as(String userId) {
        return DirectoryUser.of(directory, userId);
    }
}
