package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/**
 * A decision title carrying markup, however it got into the database, is shown as text on
 * every page that shows it: the task list, the dossier and the meeting page.
 */
class StoredMarkupTest extends ProcedureTestBase {

    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>学区";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;学区";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Directory directory;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aHostileDecisionTitleIsShownAsTextOnTheTaskListTheDossierAndTheMeetingPage() throws Exception {
        Decision decision = driver.atMeeting();
        jdbc.update("update decision set title = ? where id = ?", HOSTILE, decision.id());
        // the lists read the title the procedure carries
        tasks.setVariable(driver.task(decision, "Task_ScheduleMeeting").getId(), "decisionTitle", HOSTILE);
        String meeting = history.createHistoricProcessInstanceQuery().processDefinitionKey("CollectiveDiscussionProcess")
                .processInstanceBusinessKey(decision.reference()).singleResult().getId();

        for (String path : new String[] {"/?tab=group", "/decisions/" + decision.id(), "/meetings/" + meeting}) {
            assertThat(page("office1", path)).as(path).contains(ESCAPED)
                    .doesNotContain("<script>alert(1)", "<img src=x");
        }
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DirectoryUser.of(directory, user))).andReturn().getResponse()
                .getContentAsString();
    }
}
