package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.notice.Notice;
import cn.juece.notice.Notices;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;
import cn.juece.task.WorkflowTasks;

/** The bell, 我的提醒, and the urge and transfer forms, as the people of the directory use them. */
class NoticePagesTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    Notices notices;
    @Autowired
    Dossier dossier;
    @Autowired
    WorkflowTasks workflow;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void aSupervisorUrgesFromTheDossierAndTheHolderSeesItUnderTheBellAndMarksItRead() throws Exception {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        assertThat(page("supervisor1", "/decisions/" + decision.id()))
                .contains("action=\"/tasks/" + revise.getId() + "/urge\"", "催办理由", "name=\"_csrf\"");
        assertThat(page("edu1", "/decisions/" + decision.id())).doesNotContain("/urge\"");
        int before = notices.unread("edu1");

        mvc.perform(post("/tasks/{id}/urge", revise.getId()).with(DirectoryUser.of(directory, "supervisor1"))
                        .with(csrf()).param("decisionId", String.valueOf(decision.id()))
                        .param("reason", "请于本周内完成修改").param("confirmed", "true"))
                .andExpect(redirectedUrl("/decisions/" + decision.id())).andExpect(flash().attribute("notice", "urge.done"));

        assertThat(notices.unread("edu1")).isEqualTo(before + 1);
        assertThat(page("edu1", "/")).contains("href=\"/notices\"", "<span class=\"count\">" + (before + 1) + "</span>");
        String list = page("edu1", "/notices");
        assertThat(list).contains("请于本周内完成修改", "秦督察（法治督察）", decision.reference(), "标为已读");
        assertThat(page("supervisor1", "/decisions/" + decision.id())).contains("请于本周内完成修改");

        Notice urged = notices.of("edu1").stream().filter(n -> revise.getId().equals(n.taskId())).findFirst().orElseThrow();
        mvc.perform(post("/notices/{id}/read", urged.id()).with(DirectoryUser.of(directory, "eduleader1")).with(csrf()))
                .andExpect(redirectedUrl("/notices"));
        assertThat(notices.find(urged.id()).orElseThrow().read()).as("another's notice stays unread").isFalse();
        mvc.perform(post("/notices/{id}/read", urged.id()).with(DirectoryUser.of(directory, "edu1")).with(csrf()))
                .andExpect(redirectedUrl("/notices"));
        assertThat(notices.find(urged.id()).orElseThrow().read()).isTrue();
        assertThat(notices.unread("edu1")).isEqualTo(before);
    }

    @Test
    void urgingIsRefusedToOthersWithoutCsrfAndWithoutAReasonOrConfirmation() throws Exception {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        int entries = dossier.entries(decision.id()).size();

        mvc.perform(post("/tasks/{id}/urge", revise.getId()).with(DirectoryUser.of(directory, "edu1")).with(csrf())
                .param("decisionId", String.valueOf(decision.id())).param("reason", "催").param("confirmed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}/urge", revise.getId()).with(DirectoryUser.of(directory, "supervisor1"))
                .param("decisionId", String.valueOf(decision.id())).param("reason", "催").param("confirmed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}/urge", revise.getId()).with(DirectoryUser.of(directory, "supervisor1"))
                .with(csrf()).param("decisionId", String.valueOf(decision.id())).param("reason", " ")
                .param("confirmed", "true"))
                .andExpect(flash().attribute("error", "请填写催办理由"));
        mvc.perform(post("/tasks/{id}/urge", revise.getId()).with(DirectoryUser.of(directory, "supervisor1"))
                .with(csrf()).param("decisionId", String.valueOf(decision.id())).param("reason", "催"))
                .andExpect(flash().attribute("error", "请勾选确认后再催办：催办将记入案卷"));

        assertThat(dossier.entries(decision.id())).hasSize(entries);
        assertThat(jdbc.queryForObject("select count(*) from notice where task_id = ?", Integer.class, revise.getId()))
                .isZero();
    }

    @Test
    void theHolderTransfersFromTheTaskPageToAColleagueWhoThenHoldsIt() throws Exception {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        assertThat(page("edu1", "/tasks/" + revise.getId())).as("no transfer before claiming").doesNotContain("/transfer\"");
        workflow.claim(revise.getId(), "edu1", driver.groupsOf("edu1"));
        assertThat(page("edu1", "/tasks/" + revise.getId()))
                .contains("action=\"/tasks/" + revise.getId() + "/transfer\"", "<option value=\"eduleader1\">")
                .doesNotContain("<option value=\"water1\">");

        mvc.perform(post("/tasks/{id}/transfer", revise.getId()).with(DirectoryUser.of(directory, "edu1")).with(csrf())
                .param("to", "water1").param("reason", "出差").param("confirmed", "true"))
                .andExpect(redirectedUrl("/tasks/" + revise.getId()))
                .andExpect(flash().attribute("error", "只能转办给本单位人员，钱科长（水务局） 不属于本单位"));
        mvc.perform(post("/tasks/{id}/transfer", revise.getId()).with(DirectoryUser.of(directory, "edu1")).with(csrf())
                .param("to", "eduleader1").param("reason", "出差"))
                .andExpect(flash().attribute("error", "请勾选确认后再转办：转办后本人不能再办理该任务"));
        mvc.perform(post("/tasks/{id}/transfer", revise.getId()).with(DirectoryUser.of(directory, "edu1"))
                .param("to", "eduleader1").param("reason", "出差").param("confirmed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}/transfer", revise.getId()).with(DirectoryUser.of(directory, "eduleader1"))
                .with(csrf()).param("to", "eduleader1").param("reason", "我来办").param("confirmed", "true"))
                .andExpect(flash().attribute("error", "只能转办本人已签收的任务"));
        assertThat(driver.task(decision, "Task_ReviseDraft").getAssignee()).isEqualTo("edu1");

        mvc.perform(post("/tasks/{id}/transfer", revise.getId()).with(DirectoryUser.of(directory, "edu1")).with(csrf())
                .param("to", "eduleader1").param("reason", "出差一周").param("confirmed", "true"))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("notice", "transfer.done"));
        assertThat(driver.task(decision, "Task_ReviseDraft").getAssignee()).isEqualTo("eduleader1");
        assertThat(dossier.entries(decision.id())).filteredOn(e -> e.kind() == EntryKind.TRANSFERRED).hasSize(1);
        mvc.perform(get("/tasks/{id}", revise.getId()).with(DirectoryUser.of(directory, "edu1")))
                .andExpect(status().isNotFound());
        assertThat(page("eduleader1", "/tasks/" + revise.getId())).contains("修改完善草案");
        assertThat(page("eduleader1", "/notices")).contains("出差一周", "转办");
        assertThat(page("head1", "/decisions/" + decision.id())).contains("出差一周", "许局长（教育局）");
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DirectoryUser.of(directory, user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

}
