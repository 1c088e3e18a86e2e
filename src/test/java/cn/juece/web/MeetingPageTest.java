package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/** The meeting page and its minutes, as the people at the meeting and those outside it see them. */
class MeetingPageTest extends ProcedureTestBase {

    static final String LOCKED = "待全部出席成员发表意见后，行政首长方可最后表态";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    HistoryService history;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void agendaAndMaterialsAreOnThePage() throws Exception {
        Decision decision = atMeetingAfterExpertsAndRisk();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");

        String page = page("office1", meetingOf(decision));

        assertThat(page).containsSubsequence("议程", "城区学区划分调整方案", decision.reference(),
                "政府常务会议", "2026-03-02", "王市长", "蒋副市长、沈副市长、韩副市长");
        assertThat(page).contains("href=\"/decisions/" + decision.id() + "\"");
        assertThat(page).containsSubsequence("会议材料", "修改后的草案",
                "公众意见和专家论证意见采纳情况", "专家论证意见", "郑教授", "方案总体可行，建议设置过渡期", "采纳",
                "风险评估", "风险等级", "中", "部分家长不理解", "加强解读", "设立咨询专线", "已增设分段实施",
                "合法性审查", "审查结论", "合法", "经审查，草案合法");
        assertThat(page).containsSubsequence("依法未开展的程序及理由", "公众参与及决策公布（依法不予公开）", "涉密");
    }

    @Test
    void taskFormsAndTheDossierLinkToTheMeetingBeforeItIsScheduled() throws Exception {
        Decision decision = driver.atMeeting();
        String scheduleTask = driver.task(decision, "Task_ScheduleMeeting").getId();
        String meeting = meetingOf(decision);

        assertThat(page("office1", "/tasks/" + scheduleTask)).contains("href=\"/meetings/" + meeting + "\"");
        assertThat(page("head1", "/decisions/" + decision.id())).contains("href=\"/meetings?decision=" + decision.id() + "\"");
        mvc.perform(get("/meetings").param("decision", String.valueOf(decision.id())).with(as("head1")))
                .andExpect(redirectedUrl("/meetings/" + meeting));
        assertThat(page("office1", meeting)).contains("会议尚未安排", "修改后的草案").doesNotContain(LOCKED);
    }

    @Test
    void opinionsAreShownInSpeakingOrder() throws Exception {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        speak(decision, "member3", "DISAGREE", "学位缺口测算不足");
        speak(decision, "member1", "AGREE_WITH_CHANGES", "建议设置三年过渡期");
        speak(decision, "member2", "AGREE", "同意方案");

        String page = page("member5", meetingOf(decision));

        assertThat(page).containsSubsequence("按发言顺序",
                "韩副市长", "不同意", "2026-03-02 09:00", "学位缺口测算不足",
                "蒋副市长", "修改后同意", "建议设置三年过渡期",
                "沈副市长", "同意", "同意方案",
                "出席的会议组成人员均已发表意见");
        String headTask = driver.task(decision, "Task_HeadDecision").getId();
        String headPage = page("head1", meetingOf(decision));
        String minutes = page("head1", meetingOf(decision) + "/minutes");
        assertThat(minutes).containsSubsequence("韩副市长", "学位缺口测算不足", "蒋副市长", "建议设置三年过渡期",
                "沈副市长", "同意方案");
        assertThat(headPage).contains("/tasks/" + headTask);
    }

    @Test
    void headPanelIsLockedUntilEveryPresentMemberHasSpoken() throws Exception {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        speak(decision, "member1", "AGREE", "同意");
        speak(decision, "member2", "AGREE", "同意");
        String meeting = meetingOf(decision);

        assertThat(page("head1", meeting)).contains(LOCKED, "尚未发表意见：韩副市长").doesNotContain("/tasks/");

        speak(decision, "member3", "AGREE", "同意");
        String headTask = driver.task(decision, "Task_HeadDecision").getId();

        assertThat(page("head1", meeting)).doesNotContain(LOCKED)
                .contains("href=\"/tasks/" + headTask + "\"", "最后表态并作出决定", "同意（含修改后同意）3 人，不同意 0 人");
        assertThat(page("office1", meeting)).doesNotContain("/tasks/" + headTask).contains("等待行政首长最后表态：王市长");
    }

    @Test
    void noticeOfReasonsWhenTheMajorityDisagrees() throws Exception {
        Decision decision = driver.atHeadDecision("DISAGREE", "DISAGREE", "AGREE");

        assertThat(page("head1", meetingOf(decision))).contains("同意（含修改后同意）1 人，不同意 2 人", "多数成员不同意",
                "行政首长如决定通过或修改后通过，即与多数人意见不一致，须在会上说明理由（条例第三十条）");
    }

    @Test
    void minutesRecordEveryOpinionDissentIncludedAndTheHeadsReasons() throws Exception {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        speak(decision, "member1", "AGREE", "方案可行，同意");
        speak(decision, "member2", "DISAGREE", "学位缺口测算不足，不同意本方案");
        speak(decision, "member3", "DISAGREE", "应先试点，暂不同意");
        String meeting = meetingOf(decision);
        driver.complete(decision, "Task_HeadDecision", "head1", driver.form("Task_HeadDecision",
                "headStatement", "方案事关群众就近入学，原则通过", "differsReason", "分歧意见已在过渡期安排中吸收，宜尽早实施"));

        String minutes = page("supervisor1", meeting + "/minutes");

        assertThat(minutes).containsSubsequence("政府常务会议纪要", decision.reference(), "2026-03-02", "王市长",
                "蒋副市长、沈副市长、韩副市长", "城区学区划分调整方案",
                "蒋副市长", "同意", "方案可行，同意",
                "class=\"statement dissent\"", "沈副市长", "不同意", "学位缺口测算不足，不同意本方案",
                "class=\"statement dissent\"", "韩副市长", "不同意", "应先试点，暂不同意",
                "王市长", "方案事关群众就近入学，原则通过", "通过",
                "行政首长的决定与会议组成人员多数人意见不一致", "分歧意见已在过渡期安排中吸收，宜尽早实施");
        assertThat(minutes).doesNotContain("本纪要未定稿").contains("class=\"print-page\"");
        assertThat(page("member1", meeting)).containsSubsequence("行政首长最后表态", "通过",
                "方案事关群众就近入学，原则通过", "与多数人意见不一致的理由", "分歧意见已在过渡期安排中吸收")
                .doesNotContain("最后表态并作出决定");
    }

    @Test
    void recordedChoicesAreShownInTheReadersLanguage() throws Exception {
        Decision decision = atMeetingAfterExpertsAndRisk();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        speak(decision, "member1", "AGREE_WITH_CHANGES", "建议设置过渡期");
        speak(decision, "member2", "DISAGREE", "应先试点");
        speak(decision, "member3", "AGREE", "同意");
        driver.complete(decision, "Task_HeadDecision", "head1");
        String meeting = meetingOf(decision);

        assertThat(page("head1", meeting + "?lang=en")).containsSubsequence("Executive meeting of the government",
                "Risk level", "Medium", "Outcome", "Lawful", "Agree subject to changes", "Disagree", "Agree",
                "Decision", "Adopt").doesNotContain("政府常务会议", "修改后同意", "不同意");
        assertThat(page("head1", "/meetings/" + meeting + "/minutes?lang=en"))
                .containsSubsequence("Minutes: Executive meeting of the government", "Medium", "Lawful",
                        "Agree subject to changes", "Disagree", "Adopt");
    }

    @Test
    void markupInAnOpinionIsShownAsText() throws Exception {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        speak(decision, "member1", "AGREE", "<script>alert('x')</script>同意");
        String meeting = meetingOf(decision);

        for (String path : List.of(meeting, meeting + "/minutes")) {
            assertThat(page("office1", path)).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;同意")
                    .doesNotContain("<script>alert(");
        }
    }

    @Test
    void expertsAndSponsoringUnitsMayNotOpenTheMeeting() throws Exception {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        String meeting = meetingOf(decision);

        for (String outsider : List.of("expert1", "edu1")) {
            mvc.perform(get("/meetings/" + meeting).with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/meetings/" + meeting + "/minutes").with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/meetings").param("decision", String.valueOf(decision.id())).with(as(outsider)))
                    .andExpect(status().isForbidden());
        }
        for (String insider : List.of("supervisor1", "member5", "admin")) {
            mvc.perform(get("/meetings/" + meeting).with(as(insider))).andExpect(status().isOk());
        }
    }

    @Test
    void unknownMeetingIsNotFound() throws Exception {
        Decision decision = driver.atMeeting();

        mvc.perform(get("/meetings/no-such-meeting").with(as("head1"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + decision.processInstanceId()).with(as("head1"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/no-such-meeting/minutes").with(as("head1"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings").param("decision", "987654321").with(as("head1"))).andExpect(status().isNotFound());
    }

    /** Not public, technical and risky: experts and a risk assessment, then review and the party committee. */
    private Decision atMeetingAfterExpertsAndRisk() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision", "notPublic", true,
                "notPublicReason", "涉密", "affectsVitalInterests", false, "technical", true, "riskToStability", true));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_SelectExperts", "edu1");
        for (String expert : List.of("expert1", "expert2", "expert3")) {
            driver.complete(decision, "Task_SubmitExpertOpinion", expert);
        }
        driver.complete(decision, "Task_CommissionRiskAssessment", "edu1");
        driver.complete(decision, "Task_AssessRisk", "assessor1", driver.form("Task_AssessRisk", "riskLevel", "MEDIUM"));
        Map<String, Object> revision = driver.revisionAdoptingEverything(decision);
        revision.put("riskMitigation", "已增设分段实施和应急接待安排");
        driver.complete(decision, "Task_ReviseDraft", "edu1", revision);
        driver.complete(decision, "Task_SubmitForReview", "edu1");
        driver.complete(decision, "Task_ReviewLegality", "reviewer1");
        driver.complete(decision, "Task_ReportToPartyCommittee", "office1");
        return decision;
    }

    private void speak(Decision decision, String member, String position, String text) {
        driver.complete(decision, "Task_MemberOpinion", member,
                driver.form("Task_MemberOpinion", "memberOpinion", position, "opinionText", text));
    }

    private String meetingOf(Decision decision) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("CollectiveDiscussionProcess")
                .processInstanceBusinessKey(decision.reference()).singleResult().getId();
    }

    private String page(String userId, String meetingOrPath) throws Exception {
        String path = meetingOrPath.startsWith("/") ? meetingOrPath : "/meetings/" + meetingOrPath;
        return mvc.perform(get(path).with(as(userId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String userId) {
        return DirectoryUser.of(directory, userId);
    }
}
