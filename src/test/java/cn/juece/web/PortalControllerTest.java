package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.Proposal;
import cn.juece.participation.PublicComment;
import cn.juece.participation.PublicComments;
import cn.juece.procedure.ProcedureTestBase;

/**
 * The public portal as an anonymous visitor sees it. MockMvc is built from the shared context:
 * {@code @AutoConfigureMockMvc} would change the context's cache key and start a second one.
 */
class PortalControllerTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PublicComments comments;
    @Autowired
    DecisionWorkflow decisions;
    @Autowired
    Catalogue catalogue;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void portalListsAnOpenConsultationWithItsClosingTimeInBeijingTime() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));

        String page = page(get("/portal"));

        assertThat(page).contains("公众参与", "正在征求意见的决策草案", "href=\"/portal/consultations/" + decision.id() + "\"",
                decision.title(), decision.reference(), "截止时间：2026-04-02 00:00（北京时间）");
    }

    @Test
    void consultationPageShowsTheDraftHowToCommentAndAFormWithItsCsrfToken() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));

        String page = page(get(consultation(decision)));

        assertThat(page).contains("征求意见稿", "起草说明", "门户网站、信函", "2026-04-02 00:00",
                "action=\"/portal/consultations/" + decision.id() + "/comments\"", "name=\"_csrf\"");
    }

    @Test
    void anonymousCommentIsStoredAndAcknowledgedWithItsNumber() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));

        MvcResult sent = mvc.perform(comment(decision, "10.0.1.1").param("name", "张三").param("contact", "13800000000")
                        .param("text", "建议设置一年过渡期"))
                .andExpect(status().isFound()).andReturn();

        assertThat(comments.forDecision(decision.id())).singleElement().satisfies(stored -> {
            assertThat(stored.authorName()).isEqualTo("张三");
            assertThat(stored.content()).isEqualTo("建议设置一年过渡期");
            assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(consultation(decision) + "?received=" + stored.id());
            assertThat(page(get(sent.getResponse().getRedirectedUrl()))).contains("您的意见已收到，编号 " + stored.id());
            assertThat(sent.getRequest().getSession(false)).as("the portal keeps no session").isNull();
        });
    }

    @Test
    void aReceiptShowsOnlyForAReceivedCommentOfThisDraft() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));
        Decision other = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));
        mvc.perform(comment(other, "10.0.1.2").param("text", "另一草案的意见")).andExpect(status().isFound());
        long othersNumber = comments.forDecision(other.id()).get(0).id();

        assertThat(page(get(consultation(decision) + "?received=" + othersNumber))).doesNotContain("您的意见已收到");
        assertThat(page(get(consultation(decision) + "?received=99999999"))).doesNotContain("您的意见已收到");
        assertThat(page(get(consultation(decision) + "?received=<b>1</b>"))).doesNotContain("您的意见已收到");
    }

    @Test
    void blankCommentIsRefusedBesideItsFieldKeepingWhatWasTyped() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));

        String page = page(comment(decision, "10.0.1.2").param("name", "李四").param("text", "   "));

        assertThat(page).contains("id=\"text-error\" class=\"error\">请填写意见内容", "value=\"李四\"");
        assertThat(comments.forDecision(decision.id())).isEmpty();
    }

    @Test
    void commentLongerThanTheLimitIsRefusedKeepingWhatWasTyped() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));
        String tooLong = "意".repeat(PublicComments.MAX_COMMENT_LENGTH + 1);

        String page = page(comment(decision, "10.0.1.3").param("text", tooLong));

        assertThat(page).contains("意见内容不能超过5000字", ">" + tooLong + "</textarea>");
        assertThat(comments.forDecision(decision.id())).isEmpty();
    }

    @Test
    void afterTheConsultationClosesThePageSaysSoAndCommentsAreRefused() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));
        driver.passTime(decision, Duration.ofDays(31));

        assertThat(page(get(consultation(decision))))
                .contains("本次征求意见已于 2026-04-02 00:00（北京时间）截止，不再接收意见。").doesNotContain("<form method=\"post\" action=\"/portal");
        assertThat(page(get("/portal"))).doesNotContain("href=\"/portal/consultations/" + decision.id() + "\"");
        assertThat(page(comment(decision, "10.0.1.4").param("text", "期满后的意见"))).contains("不在征求意见期内");
        assertThat(comments.forDecision(decision.id())).isEmpty();
    }

    @Test
    void sixthCommentFromOneAddressWithinTheWindowIsRefusedUntilTheWindowHasPassed() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));
        for (int i = 1; i <= 5; i++) {
            mvc.perform(comment(decision, "10.0.0.9").param("text", "第" + i + "条意见")).andExpect(status().isFound());
        }

        String refused = mvc.perform(comment(decision, "10.0.0.9").param("text", "第6条意见"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("提交过于频繁，请稍后再试", ">第6条意见</textarea>");
        assertThat(comments.forDecision(decision.id())).hasSize(5);
        mvc.perform(comment(decision, "10.0.0.10").param("text", "另一位公众的意见")).andExpect(status().isFound());

        driver.passTime(decision, Duration.ofMinutes(10));
        mvc.perform(comment(decision, "10.0.0.9").param("text", "十分钟后的意见")).andExpect(status().isFound());
        assertThat(comments.forDecision(decision.id())).extracting(PublicComment::content)
                .doesNotContain("第6条意见").contains("十分钟后的意见").hasSize(7);
    }

    @Test
    void commentWithoutTheCsrfTokenIsForbidden() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));

        mvc.perform(post(consultation(decision) + "/comments").with(from("10.0.1.5")).param("text", "没有令牌的意见"))
                .andExpect(status().isForbidden());

        assertThat(comments.forDecision(decision.id())).isEmpty();
    }

    @Test
    void whatTheVisitorTypedComesBackAsText() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));

        String page = page(comment(decision, "10.0.1.6").param("name", "<script>alert(1)</script>".repeat(5))
                .param("text", "</textarea><script>alert(2)</script>"));

        assertThat(page).contains("姓名不能超过100字", "&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void decisionTitleShowsAsTextOnThePortal() throws Exception {
        Decision decision = atOpenConsultation(proposeTitled("<script>alert(3)</script>学区划分"));

        assertThat(page(get("/portal"))).contains("&lt;script&gt;alert(3)&lt;/script&gt;学区划分").doesNotContain("<script>");
        assertThat(page(get(consultation(decision)))).contains("&lt;script&gt;alert(3)").doesNotContain("<script>");
    }

    @Test
    void draftNeverPutToThePublicIsNotFound() throws Exception {
        Decision notPublic = driver.atRevision();

        mvc.perform(get(consultation(notPublic))).andExpect(status().isNotFound());
        mvc.perform(get("/portal/consultations/999999")).andExpect(status().isNotFound());
        mvc.perform(comment(notPublic, "10.0.1.7").param("text", "意见")).andExpect(status().isNotFound());
        assertThat(comments.forDecision(notPublic.id())).isEmpty();
    }

    @Test
    void decisionNotYetPublishedIsNotFound() throws Exception {
        Decision decision = atOpenConsultation(driver.propose("PUBLIC_POLICY", false));

        mvc.perform(get("/portal/decisions/" + decision.id())).andExpect(status().isNotFound());
        mvc.perform(get("/portal/decisions/999999")).andExpect(status().isNotFound());
    }

    @Test
    void publishedDecisionIsListedAndShowsHowOpinionsWereAdopted() throws Exception {
        Decision decision = adoptedAndPublic();
        driver.complete(decision, "Task_PublishDecision", "office1", driver.form("Task_PublishDecision",
                "documentNumber", "某政发〔2026〕7号", "adoptionExplanation", "采纳了设置一年过渡期的公众意见"));

        assertThat(page(get("/portal"))).contains("href=\"/portal/decisions/" + decision.id() + "\"", "某政发〔2026〕7号",
                LocalDate.of(2026, 3, 2).toString());
        assertThat(page(get("/portal/decisions/" + decision.id()))).contains(decision.title(), "某政发〔2026〕7号",
                "2026-03-02", "政府公报、门户网站", "公众意见、专家论证意见采纳情况说明", "采纳了设置一年过渡期的公众意见");
    }

    /** Public, no hearing, experts or risk assessment: the consultation opens at once for 30 days. */
    private Decision atOpenConsultation(Decision decision) {
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_PrepareConsultation", "edu1");
        assertThat(comments.openConsultation(decision.id())).isPresent();
        return decision;
    }

    /** Public, participation skipped with its reason (as in PublicationTest), adopted: waiting to be published. */
    private Decision adoptedAndPublic() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1", driver.form("Task_ConfirmProcedures",
                "skipParticipation", true, "skipParticipationReason", "本事项已于上一年度公开征求意见且内容未变"));
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        driver.throughReviewAndMeeting(decision);
        driver.task(decision, "Task_PublishDecision");
        return decision;
    }

    private Decision proposeTitled(String title) {
        long item = catalogue.add(new CatalogueItem(0, "某市人民政府", "national", 2026, "测试事项", "PUBLIC_POLICY",
                "unit-edu", true, LocalDate.of(2026, 12, 31), CatalogueItem.PUBLISHED));
        return decisions.propose(new Proposal(item, title, "学位不均衡", "就近入学", "义务教育法", "初步方案", false), "edu1");
    }

    private static String consultation(Decision decision) {
        return "/portal/consultations/" + decision.id();
    }

    /** A comment from its own address, so that tests sharing the context do not share a rate limit. */
    private static MockHttpServletRequestBuilder comment(Decision decision, String address) {
        return post(consultation(decision) + "/comments").with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
