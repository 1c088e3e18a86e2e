package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/** /audit: supervisors, the office and the administrator verify the chain and a dossier; no one else opens it. */
class AuditPageTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    Dossier dossier;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @ParameterizedTest
    @CsvSource({"supervisor1, 200", "office1, 200", "admin, 200", "head1, 403", "edu1, 403", "reviewer1, 403",
            "member1, 403", "expert1, 403"})
    void onlyThoseWhoOverseeOpenTheAuditPage(String user, int status) throws Exception {
        for (String path : new String[] {"/audit", "/audit/verify", "/audit/dossier?reference=x"}) {
            mvc.perform(get(path).with(DirectoryUser.of(directory, user))).andExpect(status().is(status));
        }
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() throws Exception {
        mvc.perform(get("/audit").header("Accept", PageAccessTest.BROWSER_ACCEPT))
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theSupervisorVerifiesTheChainAndADossierAndSeesTheLatestLinks() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");

        assertThat(page(get("/audit"))).contains("最近的审计记录", "办结任务", "王市长", "decision:" + decision.id());
        assertThat(page(get("/audit/verify"))).contains("校验通过", "审计链完整");
        assertThat(page(get("/audit/dossier").param("reference", decision.reference())))
                .contains("校验通过", "决策 " + decision.reference() + " 的案卷完整");
    }

    @Test
    void aTamperedDossierShowsTheBrokenLinkOnThePage() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        DossierEntry entry = dossier.entries(decision.id()).get(0);
        jdbc.update("update dossier_entry set actor = 'office1' where id = ?", entry.id());
        try {
            assertThat(page(get("/audit/dossier").param("reference", decision.reference())))
                    .contains("校验未通过", "案卷记录 #" + entry.id(), "已被改动（actor）");
        } finally {
            jdbc.update("update dossier_entry set actor = ? where id = ?", entry.actor(), entry.id());
        }
    }

    @Test
    void aMissingOrUnknownReferenceIsAnsweredPlainly() throws Exception {
        assertThat(page(get("/audit/dossier").param("reference", " "))).contains("请输入要校验的决策文号")
                .doesNotContain("校验通过");
        assertThat(page(get("/audit/dossier").param("reference", "不存在-001")))
                .contains("未找到文号为「不存在-001」的决策事项");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(DirectoryUser.of(directory, "supervisor1"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
