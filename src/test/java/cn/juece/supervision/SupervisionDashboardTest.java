package cn.juece.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;
import cn.juece.supervision.SupervisionSeed.Seeded;

/**
 * Every figure of the dashboard for one seeded organ, against what the seed did: the decisions
 * each figure counts (its drill-down, on the page and in CSV), the rates, the days per stage
 * from the clock moves, the red list, and who may open it.
 */
class SupervisionDashboardTest extends ProcedureTestBase {

    private static final Pattern ROW = Pattern.compile("data-decision=\"(\\d+)\"");

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    SupervisionSeed seed;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void everyFigureCountsExactlyTheSeededDecisionsBehindIt() throws Exception {
        Seeded s = seed.seed();
        String scope = "&organ=" + s.organ() + "&year=2026";

        // what the seed did, decision by decision
        Map<String, List<Decision>> expected = new LinkedHashMap<>();
        expected.put("coverage", List.of(s.a(), s.b(), s.c(), s.d(), s.e()));
        expected.put("coverage.base", List.of(s.a(), s.b(), s.c(), s.d(), s.e()));
        expected.put("review", List.of(s.d()));
        expected.put("review.base", List.of(s.d()));
        expected.put("risk", List.of(s.d()));
        expected.put("risk.base", List.of(s.c(), s.d()));
        expected.put("risk.skipped", List.of(s.c()));
        expected.put("risk.skipped.base", List.of(s.c(), s.d()));
        expected.put("participation", List.of(s.d()));
        expected.put("participation.base", List.of(s.d(), s.e()));
        expected.put("participation.skipped", List.of(s.e()));
        expected.put("participation.skipped.base", List.of(s.d(), s.e()));
        expected.put("days.Task_DecideInitiation", List.of(s.b(), s.c(), s.d(), s.e()));
        expected.put("days.CallActivity_RiskAssessment", List.of(s.d()));
        expected.put("stage.Task_DecideInitiation", List.of(s.a()));
        expected.put("stage.CallActivity_LegalityReview", List.of(s.b()));
        expected.put("stage.Task_ReviseDraft", List.of(s.c(), s.e()));
        expected.put("stage.Task_PublishDecision", List.of(s.d()));
        expected.put("overdue.reviewer", List.of(s.b()));
        expected.put("overdue.office", List.of(s.d()));

        for (var figure : expected.entrySet()) {
            String page = page("supervisor1", "/supervision/decisions?figure=" + figure.getKey() + scope);
            assertThat(rowIds(page)).as(figure.getKey()).isEqualTo(ids(figure.getValue()));
            String csv = csv("supervisor1", "/supervision/decisions.csv?figure=" + figure.getKey() + scope);
            assertThat(csv.lines().skip(1).map(line -> line.split(",")[0]).collect(Collectors.toSet()))
                    .as("CSV of %s", figure.getKey()).isEqualTo(references(figure.getValue()));
        }

        // initiation: b after 1 day, c, d, e after 2 (calendar days); d's risk assessment 3 days
        double initiationAverage = (1 + 2 + 2 + 2) / 4.0;
        String figures = csv("supervisor1", "/supervision/figures.csv?" + scope.substring(1));
        assertThat(figures).startsWith("\uFEFF指标,统计项代码,数值,分子,分母（件数）\r\n");
        assertThat(figures.lines()).contains(
                "目录化管理率,coverage,100.0%,5,5",
                "合法性审查率,review,100.0%,1,1",
                "风险评估率,risk,50.0%,1,2",
                "说明理由未开展风险评估,risk.skipped,50.0%,1,2",
                "公众参与率,participation,50.0%,1,2",
                "说明理由未开展公众参与,participation.skipped,50.0%,1,2",
                "决定是否启动决策 平均,days.Task_DecideInitiation," + String.format("%.1f", initiationAverage) + ",,4",
                "决定是否启动决策 最长,days.Task_DecideInitiation,2.0,,4",
                "风险评估 平均,days.CallActivity_RiskAssessment,3.0,,1",
                "超期任务红榜 合法性审查机构,overdue.reviewer,1,,1",
                "超期任务红榜 政府办公室,overdue.office,1,,1",
                "办理中决策所处环节 修改完善草案,stage.Task_ReviseDraft,2,,");
        assertThat(figures).doesNotContain("overdue.unit-");

        String dashboard = page("supervisor1", "/supervision?" + scope.substring(1));
        String query = "&amp;organ=" + URLEncoder.encode(s.organ(), StandardCharsets.UTF_8) + "&amp;year=2026";
        assertThat(dashboard).contains("重大行政决策法治督察看板", "决策事项数 5", "指标口径");
        assertThat(dashboard).containsSubsequence("id=\"rate-risk\"", "风险评估率", "50.0%",
                "/supervision/decisions?figure=risk" + query + "\">1</a>",
                "/supervision/decisions?figure=risk.base" + query + "\">2</a>");
        assertThat(dashboard).containsSubsequence("id=\"overdue-reviewer\"", "合法性审查机构",
                "/supervision/decisions?figure=overdue.reviewer" + query + "\">1</a>");
    }

    @Test
    void theUnitAndYearFiltersNarrowTheFigures() throws Exception {
        Seeded s = seed.seed();
        assertThat(rowIds(page("office1", "/supervision/decisions?figure=coverage.base&organ=" + s.organ()
                + "&unit=unit-water&year=2026"))).isEqualTo(ids(List.of(s.b(), s.e())));
        assertThat(rowIds(page("office1", "/supervision/decisions?figure=coverage.base&organ=" + s.organ()
                + "&year=2025"))).isEqualTo(ids(List.of(s.f())));
        assertThat(rowIds(page("office1", "/supervision/decisions?figure=stage.Task_DecideInitiation&organ="
                + s.organ()))).isEqualTo(ids(List.of(s.a(), s.f())));
    }

    @Test
    void onlySupervisorsTheOfficeAndTheAdministratorOpenTheDashboard() throws Exception {
        for (String user : List.of("supervisor1", "office1", "admin")) {
            mvc.perform(get("/supervision").with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/supervision/figures.csv").with(as(user))).andExpect(status().isOk());
        }
        for (String user : List.of("edu1", "expert1", "reviewer1", "head1", "member1")) {
            for (String path : List.of("/supervision", "/supervision/figures.csv",
                    "/supervision/decisions?figure=coverage", "/supervision/decisions.csv?figure=coverage")) {
                mvc.perform(get(path).with(as(user))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/supervision").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void anUnknownFigureOrYearIsAnErrorPageNotAList() throws Exception {
        mvc.perform(get("/supervision/decisions?figure=nothing").with(as("supervisor1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/supervision?year=abc").with(as("supervisor1"))).andExpect(status().isBadRequest());
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path.replace(" ", "%20")).with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String csv(String user, String path) throws Exception {
        byte[] body = mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String userId) {
        return SecurityMockMvcRequestPostProcessors.user(userId).authorities(directory.person(userId).orElseThrow()
                .groups().stream().map(SimpleGrantedAuthority::new).toList());
    }

    private static Set<Long> rowIds(String page) {
        return ROW.matcher(page).results().map(m -> Long.parseLong(m.group(1))).collect(Collectors.toSet());
    }

    private static Set<Long> ids(List<Decision> decisions) {
        return decisions.stream().map(Decision::id).collect(Collectors.toSet());
    }

    private static Set<String> references(List<Decision> decisions) {
        return decisions.stream().map(Decision::reference).collect(Collectors.toSet());
    }

}
