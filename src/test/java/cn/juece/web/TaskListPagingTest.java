package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureDriver;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;
import cn.juece.task.DueLight;
import cn.juece.task.TaskFilter;
import cn.juece.task.TaskListing;
import cn.juece.task.TaskPage;
import cn.juece.task.TaskSummary;

/**
 * The 组待办 tab of head1 with more rows than a page: 54 decisions to start, overdue, and one due
 * in a month, which sorts after them and so is never on the first page unfiltered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListPagingTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    TaskListing listing;
    @Autowired
    TaskService tasks;

    private MockMvc mvc;
    private final List<Decision> overdue = new ArrayList<>();
    private Decision dueInAMonth;

    @BeforeAll
    void moreThanAPageOfDecisionsToStart() {
        driver.resetClock();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Date yesterday = Date.from(ProcedureDriver.START.minusDays(1).toInstant());
        for (int i = 0; i < TaskPage.SIZE + 4; i++) {
            Decision decision = driver.propose("PUBLIC_POLICY", false);
            due(decision, yesterday);
            overdue.add(decision);
        }
        dueInAMonth = driver.propose("PUBLIC_POLICY", false);
        due(dueInAMonth, Date.from(ProcedureDriver.START.plus(Duration.ofDays(30)).toInstant()));
    }

    @Test
    void pageTwoShowsTheRowsAfterTheFirstFiftyInDeadlineOrder() throws Exception {
        TaskPage first = group(TaskFilter.NONE, 1);
        TaskPage second = group(TaskFilter.NONE, 2);

        assertThat(first.rows()).hasSize(TaskPage.SIZE);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.rows()).isNotEmpty().extracting(TaskSummary::id)
                .doesNotContainAnyElementsOf(first.rows().stream().map(TaskSummary::id).toList());
        List<TaskSummary> both = new ArrayList<>(first.rows());
        both.addAll(second.rows());
        assertThat(both.stream().filter(row -> row.due() != null).toList())
                .isSortedAccordingTo(Comparator.comparing(TaskSummary::due).thenComparing(TaskSummary::created));
        int all = 0;
        for (int page = 1; page <= first.pages(); page++) {
            all += group(TaskFilter.NONE, page).rows().size();
        }
        assertThat(all).as("rows over all pages").isEqualTo(first.tabTotal()).isEqualTo(first.total());

        String page = page("/?tab=group&page=2");
        assertThat(page).contains("第 2 / " + first.pages() + " 页", "共 " + first.total() + " 条", "上一页",
                        "组待办（" + first.tabTotal() + "）", second.rows().get(0).decisionReference() + "</small>")
                .doesNotContain(first.rows().get(0).decisionReference() + "</small>");
        assertThat(page("/?tab=group")).contains("第 1 / " + first.pages() + " 页", "/?tab=group&amp;page=2")
                .doesNotContain("上一页");
    }

    @Test
    void pageNumbersOutsideThePagesShowTheLastOrTheFirstPage() throws Exception {
        int pages = group(TaskFilter.NONE, 1).pages();

        assertThat(page("/?tab=group&page=999")).contains("第 " + pages + " / " + pages + " 页")
                .doesNotContain("下一页");
        assertThat(page("/?tab=group&page=0")).contains("第 1 / " + pages + " 页");
        assertThat(page("/?tab=group&page=-3")).contains("第 1 / " + pages + " 页");
        MvcResult letters = mvc.perform(get("/?tab=group&page=abc").with(DirectoryUser.of(directory, "head1")))
                .andReturn();
        assertThat(letters.getResponse().getStatus()).isEqualTo(400);
        assertThat(letters.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("「page」的格式不正确");
    }

    @Test
    void filtersKeepRowsFromAllPagesAndTheTabStillCountsThemAll() throws Exception {
        assertThat(group(TaskFilter.NONE, 1).rows()).extracting(TaskSummary::decisionReference)
                .doesNotContain(dueInAMonth.reference());

        TaskPage green = group(new TaskFilter("MajorDecisionProcess", null, DueLight.GREEN), 1);
        assertThat(green.rows()).extracting(TaskSummary::decisionReference).contains(dueInAMonth.reference())
                .doesNotContainAnyElementsOf(overdue.stream().map(Decision::reference).toList());
        assertThat(green.rows()).extracting(TaskSummary::light).containsOnly(DueLight.GREEN);
        assertThat(green.total()).isEqualTo(green.rows().size());
        assertThat(green.tabTotal()).isGreaterThan(TaskPage.SIZE);
        assertThat(green.stages()).containsKey("MajorDecisionProcess");

        String page = page("/?tab=group&stage=MajorDecisionProcess&due=GREEN");
        assertThat(page).contains(dueInAMonth.reference() + "</small>", "组待办（" + green.tabTotal() + "）")
                .doesNotContain("class=\"pager\"");
        assertThat(page("/?tab=group&due=RED&page=2")).contains("due=RED&amp;page=1", "上一页");
    }

    private TaskPage group(TaskFilter filter, int page) {
        return listing.group(directory.person("head1").orElseThrow().groups(), filter, page);
    }

    private String page(String address) throws Exception {
        return mvc.perform(get(address).with(DirectoryUser.of(directory, "head1"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void due(Decision decision, Date due) {
        Task task = driver.task(decision, "Task_DecideInitiation");
        task.setDueDate(due);
        tasks.saveTask(task);
    }
}
