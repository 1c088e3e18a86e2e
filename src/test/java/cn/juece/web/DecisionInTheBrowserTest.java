package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionStatus;
import cn.juece.decision.DecisionWorkflow;

/**
 * One decision from proposal to archive in a real browser: each role logs in and does its
 * part on the real pages, a citizen comments on the portal without an account, and the
 * dossier at the end shows it all. Engine time is moved (and due timers run) only where
 * the law makes people wait: the 30-day consultation and the meeting day.
 */
class DecisionInTheBrowserTest extends BrowserTestBase {

    private static final String TITLE = "城区学区划分调整方案（浏览器全流程）";
    private static final byte[] OPINION_LETTER_PDF = "%PDF-1.7\n合法性审查意见书\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final String COMMENT = "建议设置三年过渡期<script>alert('x')</script>";

    @Autowired
    Catalogue catalogue;
    @Autowired
    DecisionWorkflow decisions;

    @Test
    void everyRoleCarriesADecisionFromProposalToArchiveThroughThePages() throws Exception {
        catalogue.add(new CatalogueItem(0, "某市人民政府", "national", 2026, "城区义务教育学区划分调整",
                "PUBLIC_POLICY", "unit-edu", false, LocalDate.of(2026, 12, 31), CatalogueItem.PUBLISHED));
        long decisionId = propose();
        startDecision();
        draft();
        consultPublicExpertsAndRisk(decisionId);
        revise();
        review();
        prepareMeeting();
        holdMeeting(decisionId);
        publishAndExecute(decisionId);

        Decision archived = decisions.find(decisionId).orElseThrow();
        assertThat(archived.status()).isEqualTo(DecisionStatus.COMPLETED);
        assertThat(archived.archivedAt()).isNotNull();
        showArchivedDossier(decisionId);
    }

    private long propose() {
        browser.login("edu1", password);
        browser.go("/decisions/new");
        browser.submit();
        assertThat(browser.text()).as("an empty proposal is refused field by field").contains("请选择年度决策事项目录中的事项", "请写明拟解决的问题");
        browser.shot("proposal-refused");

        browser.all(By.cssSelector("#catalogueItemId option")).stream()
                .filter(option -> option.getText().contains("城区义务教育学区划分调整")).findFirst().orElseThrow().click();
        browser.fill("title", TITLE).fill("problem", "城区学位分布不均衡，部分学校大班额")
                .fill("reasons", "落实就近入学，缓解择校压力").fill("legalBasis", "《中华人民共和国义务教育法》第十二条")
                .fill("preliminaryPlan", "按居住片区重新划分十二个学区");
        browser.submit();
        assertThat(browser.text()).contains("决策建议已提交", TITLE);
        browser.shot("proposal-submitted");
        browser.logout();
        return decisions.all().stream().filter(d -> d.title().equals(TITLE)).findFirst().orElseThrow().id();
    }

    private void startDecision() {
        browser.login("head1", password);
        browser.go("/?tab=group");
        browser.shot("head-group-tasks");
        browser.openTask("决定是否启动决策", TITLE);
        browser.fill("initiationApproved", "true").fill("sponsorUnit", "unit-edu")
                .fill("initiationOpinion", "同意启动，由市教育局承办");
        browser.submit();
        assertThat(browser.text()).as("nothing is done without the confirmation").contains("请确认已核对所填内容");
        browser.confirmAndSubmit();
        browser.logout();
    }

    private void draft() {
        browser.login("edu1", password);
        browser.openTask("拟订决策草案", TITLE);
        browser.fill("draftText", "城区学区划分调整方案（草案）：全市城区划分为十二个学区……")
                .fill("draftExplanation", "起草说明：调研了二十所学校的学位情况")
                .fill("notPublic", "false").fill("affectsVitalInterests", "false")
                .fill("viewsDivergeStrongly", "false").fill("technical", "true").fill("riskToStability", "true");
        browser.confirmAndSubmit();

        browser.openTask("确认决策程序", TITLE);
        assertThat(browser.text()).contains("公众参与", "专家论证", "风险评估");
        browser.fill("skipParticipation", "false").fill("skipExpert", "false").fill("skipRisk", "false");
        browser.confirmAndSubmit();
        browser.go("/?tab=group");
        assertThat(browser.text()).as("the three consultation stages are open side by side")
                .contains("发布征求意见稿", "遴选论证专家", "委托风险评估");
        browser.shot("task-list");

        browser.openTask("发布征求意见稿", TITLE);
        browser.fill("consultationDraft", "城区学区划分调整方案（征求意见稿）")
                .fill("consultationExplanation", "关于学区划分调整的起草说明")
                .fill("commentChannels", "门户网站、信函").fill("consultationDays", "30");
        browser.confirmAndSubmit();

        browser.openTask("遴选论证专家", TITLE);
        browser.fill("expertIds", "expert1,expert2,expert3").fill("selectionBasis", "教育、规划、法律三方面专家")
                .fill("differingViewsIncluded", "true").fill("noDirectInterest", "true");
        browser.confirmAndSubmit();

        browser.openTask("委托风险评估", TITLE);
        browser.fill("riskAssessor", "assessor1").fill("assessmentScope", "社会稳定风险评估");
        browser.confirmAndSubmit();
        browser.logout();
    }

    private void consultPublicExpertsAndRisk(long decisionId) {
        browser.go("/portal");
        browser.click(By.linkText(TITLE));
        browser.fill("name", "市民张三").fill("text", COMMENT);
        browser.submit();
        assertThat(browser.text()).contains("您的意见已收到");
        browser.shot("portal-comment-received");
        browser.phoneSized();
        browser.go("/portal/consultations/" + decisionId);
        browser.shot("portal-consultation-phone");
        assertThat(browser.horizontalOverflow()).as("the portal fits a phone").isZero();
        browser.desktopSized();

        for (String expert : new String[] {"expert1", "expert2", "expert3"}) {
            browser.login(expert, password);
            browser.openTask("提交论证意见", TITLE);
            browser.fill("expertOpinion", expert + "：方案总体可行，建议设置过渡期")
                    .fill("signature", expert).fill("signed", "true");
            browser.confirmAndSubmit();
            browser.logout();
        }

        browser.login("assessor1", password);
        browser.openTask("开展风险评估", TITLE);
        browser.fill("riskPoints", "部分家长对学区调整不理解").fill("preventionMeasures", "提前解读政策")
                .fill("contingencyPlan", "设立咨询专线和现场接待").fill("riskLevel", "LOW");
        browser.confirmAndSubmit();
        browser.logout();

        driver.passTime(decisions.find(decisionId).orElseThrow(), Duration.ofDays(31));
        browser.go("/portal/consultations/" + decisionId);
        assertThat(browser.text()).as("the closed consultation takes no more comments")
                .doesNotContain("提交意见").contains("不再接收意见");
    }

    private void revise() {
        browser.login("edu1", password);
        browser.openTask("整理公众意见", TITLE);
        browser.fill("opinionSummary", "共收到公众意见一条，已分类整理");
        browser.confirmAndSubmit();

        browser.openTask("修改完善草案", TITLE);
        assertThat(browser.text()).as("the citizen's markup is shown as text").contains(COMMENT);
        browser.fill("revisedDraft", "城区学区划分调整方案（修改稿）：设三年过渡期")
                .fill("revisionExplanation", "吸收了过渡期建议");
        browser.confirm();
        browser.submit();
        assertThat(browser.text()).as("every opinion must be answered").contains("未逐条说明采纳情况");
        browser.clickHere(By.cssSelector("table.adoptions button.sort[data-column='0']"));
        assertThat(firstAdoptionRowSource()).isEqualTo("公众意见");
        browser.clickHere(By.cssSelector("table.adoptions button.sort[data-column='0']"));
        assertThat(firstAdoptionRowSource()).as("sorted by source, descending").isEqualTo("专家论证意见");
        browser.fullPageShot("revision-adoptions");
        for (var yes : browser.all(By.cssSelector("table.adoptions input[type=radio][value=true]"))) {
            yes.click();
        }
        browser.confirmAndSubmit();

        browser.openTask("提请合法性审查", TITLE);
        browser.fill("materialsList", "草案、起草说明、意见采纳情况、风险评估报告")
                .fill("legalBasis", "《中华人民共和国义务教育法》第十二条")
                .fill("proceduresAccount", "已履行公众参与、专家论证、风险评估")
                .fill("plannedMeetingDate", today().plusDays(3).toString());
        browser.confirm();
        browser.submit();
        assertThat(browser.text()).as("the reviewer gets seven working days").contains("7 个工作日");
        browser.fill("plannedMeetingDate", today().plusDays(20).toString());
        browser.confirmAndSubmit();
        browser.logout();
    }

    private void review() throws IOException {
        Path letter = Files.createDirectories(Browser.SCREENSHOTS.getParent().resolve("uploads"))
                .resolve("合法性审查意见书.pdf");
        Files.write(letter, OPINION_LETTER_PDF);
        browser.login("reviewer1", password);
        browser.go("/?tab=group");
        assertThat(browser.all(By.cssSelector("table.tasks .light"))).as("the review deadline is lit").isNotEmpty();
        browser.shot("reviewer-task-list");
        browser.openTask("合法性审查", TITLE);
        assertThat(browser.text()).contains("城区学区划分调整方案（修改稿）", "《中华人民共和国义务教育法》第十二条",
                "已履行公众参与、专家论证、风险评估");
        browser.fullPageShot("review-form");
        browser.fill("reviewOutcome", "LAWFUL").fill("opinionLetter", "经审查，该草案符合法定权限和程序，内容合法")
                .attach(letter);
        browser.confirmAndSubmit();
        browser.logout();
    }

    private void prepareMeeting() {
        browser.login("office1", password);
        browser.openTask("向党委请示报告", TITLE);
        browser.fill("reportSummary", "关于城区学区划分调整方案的请示").fill("reportedOn", today().toString())
                .fill("partyCommitteeConsent", "true").fill("committeeResponse", "同意提交政府常务会议审议");
        browser.confirmAndSubmit();

        browser.openTask("安排会议", TITLE);
        browser.fill("meetingType", "EXECUTIVE").fill("meetingDate", today().plusDays(1).toString())
                .fill("presentMemberIds", "member1,member2,member3").fill("meetingHead", "head1");
        browser.confirmAndSubmit();
        browser.logout();
    }

    private void holdMeeting(long decisionId) {
        browser.login("member1", password);
        browser.openTask("会议组成人员发表意见", TITLE);
        browser.fill("memberOpinion", "AGREE").fill("opinionText", "同意");
        browser.confirm();
        browser.submit();
        assertThat(browser.text()).as("the day before the meeting").contains("会前不能发表意见");
        browser.logout();

        driver.passTime(decisions.find(decisionId).orElseThrow(), Duration.ofDays(1));
        String[][] opinions = {{"member1", "AGREE", "同意，建议加强宣传解读"}, {"member2", "AGREE_WITH_CHANGES",
                "修改后同意：过渡期延长至三年"}, {"member3", "DISAGREE", "不同意：部分片区学位仍然不足"}};
        for (String[] opinion : opinions) {
            browser.login(opinion[0], password);
            browser.openTask("会议组成人员发表意见", TITLE);
            browser.fill("memberOpinion", opinion[1]).fill("opinionText", opinion[2]);
            browser.confirmAndSubmit();
            browser.logout();
        }

        browser.login("head1", password);
        browser.openTask("行政首长末位表态", TITLE);
        browser.click(By.linkText("会议页面：议程、材料和发言"));
        assertThat(browser.text()).contains("同意，建议加强宣传解读", "修改后同意：过渡期延长至三年",
                "不同意：部分片区学位仍然不足");
        browser.fullPageShot("meeting-page");
        browser.phoneSized();
        browser.shot("meeting-page-phone");
        assertThat(browser.horizontalOverflow()).as("the meeting page fits a phone").isZero();
        browser.desktopSized();

        browser.openTask("行政首长末位表态", TITLE);
        browser.fill("meetingOutcome", "ADOPT").fill("headStatement", "原则通过，过渡期按三年执行");
        browser.confirmAndSubmit();
        browser.logout();
    }

    private void publishAndExecute(long decisionId) {
        browser.login("office1", password);
        browser.openTask("公布决策", TITLE);
        browser.fill("documentNumber", "某政发〔2026〕8号").fill("publicationChannels", "政府公报、门户网站")
                .fill("publishedOn", today().toString()).fill("adoptionExplanation", "采纳了设置三年过渡期的意见");
        browser.confirmAndSubmit();

        browser.openTask("明确执行单位", TITLE);
        browser.fill("executionUnit", "unit-edu").fill("executionDeadline", today().plusDays(90).toString())
                .fill("executionRequirements", "每月报告进展");
        browser.confirmAndSubmit();
        browser.logout();

        browser.go("/portal/decisions/" + decisionId);
        assertThat(browser.text()).contains(TITLE, "某政发〔2026〕8号", "采纳了设置三年过渡期的意见");
        browser.shot("portal-published");

        browser.login("edu1", password);
        browser.openTask("执行决策", TITLE);
        browser.fill("completionReport", "十二个学区已按方案划定并公布");
        browser.confirmAndSubmit();
        browser.logout();

        browser.login("head1", password);
        browser.openTask("决定是否开展后评估", TITLE);
        browser.fill("postEvaluationOrdered", "false").fill("evaluationGrounds", "执行顺利，效果符合预期");
        browser.confirmAndSubmit();
        browser.logout();
    }

    private void showArchivedDossier(long decisionId) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(OPINION_LETTER_PDF));
        browser.login("supervisor1", password);
        browser.go("/decisions/" + decisionId);
        browser.waitFor(By.cssSelector("figure.diagram svg"));
        assertThat(browser.text()).contains(TITLE, "已执行完毕", "归档于", "周审查员", "王市长", "不同意：部分片区学位仍然不足",
                "合法性审查意见书.pdf", sha256);
        browser.fullPageShot("dossier");
    }

    private String firstAdoptionRowSource() {
        return browser.all(By.cssSelector("table.adoptions tbody tr td:first-child")).get(0).getText();
    }

    private LocalDate today() {
        return driver.today();
    }
}
