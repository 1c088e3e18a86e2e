package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.DoorMatrix;
import cn.juece.decision.Decision;
import cn.juece.dossier.Documents;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/**
 * One sponsoring unit cannot reach another's unpublished decision through any door: the water
 * unit's decision at its meeting, whose revised draft and filed document hold a secret text.
 * edu1 and transport1 (other units) are refused, and the secret is in no answer; water1 (its
 * own unit) opens what its role allows and sees the secret, which shows the check would catch
 * a leak. Posts to the decision's task are refused and change nothing.
 *
 * <p>ok: 2xx; ok+: 2xx showing the secret; 403, 404: that status; back: a redirect that leaves
 * everything as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherUnitDoorsTest extends ProcedureTestBase {

    private static final String MATRIX = """
            door                                                   edu1  transport1 water1
            GET  /decisions/{decision}                              403   403        ok+
            GET  /documents/{document}                              403   403        ok+
            GET  /decisions/{decision}/diagram/{definition}         403   403        ok
            GET  /decisions/{decision}/archive.zip                  403   403        403
            GET  /meetings/{meeting}                                403   403        403
            GET  /meetings/{meeting}/minutes                        403   403        403
            GET  /meetings?decision={decision}                      403   403        403
            GET  /tasks/{task}                                      404   404        404
            POST /tasks/{task}                                      404   404        404
            POST /tasks/{task}/claim                                back  back       back
            POST /tasks/{task}/unclaim                              back  back       back
            POST /tasks/{task}/transfer                             back  back       back
            POST /tasks/{task}/urge                                 403   403        403
            GET  /portal/decisions/{decision}                       404   404        404
            GET  /portal/consultations/{decision}                   404   404        404
            GET  /audit/dossier?reference={reference}               403   403        403
            GET  /decisions                                         ok    ok         ok
            GET  /?tab=group                                        ok    ok         ok
            GET  /?tab=done                                         ok    ok         ok
            GET  /notices                                           ok    ok         ok
            GET  /supervision/decisions.csv?figure=total            403   403        403
            """;

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryService history;
    @Autowired
    Documents documents;

    private MockMvc mvc;
    private Map<String, String> ids;
    private String secret;

    @BeforeAll
    void waterDecisionAtItsMeeting() {
        driver.resetClock();
        secret = "水务局未公开草案-" + UUID.randomUUID();
        Decision water = driver.atRevision("water1");
        driver.complete(water, "Task_ReviseDraft", "water1", driver.form("Task_ReviseDraft", "revisedDraft", secret));
        Task submit = driver.task(water, "Task_SubmitForReview");
        documents.store(water.id(), submit.getId(), submit.getTaskDefinitionKey(), "water1",
                List.of(new Documents.Upload("secret.pdf",
                        ("%PDF-1.4\n% " + secret + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8))));
        driver.complete(water, "Task_SubmitForReview", "water1");
        driver.complete(water, "Task_ReviewLegality", "reviewer1");
        driver.complete(water, "Task_ReportToPartyCommittee", "office1");
        driver.complete(water, "Task_ScheduleMeeting", "office1");
        String meeting = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("CollectiveDiscussionProcess")
                .processInstanceBusinessKey(water.reference()).singleResult().getId();
        Task opinion = driver.tasks(water, "Task_MemberOpinion").get(0);
        ids = Map.of("decision", String.valueOf(water.id()), "reference", water.reference(),
                "document", String.valueOf(documents.ofDecision(water.id()).get(0).id()),
                "definition", history.createHistoricProcessInstanceQuery()
                        .processInstanceId(driver.decision(water).processInstanceId()).singleResult()
                        .getProcessDefinitionId(),
                "meeting", meeting, "task", opinion.getId());
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("matrix")
    void doorAnswersAsTheMatrixSays(String method, String path, String person, String expected) throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), fill(path))
                .header(HttpHeaders.ACCEPT, "text/html,application/json;q=0.9,*/*;q=0.8")
                .with(DirectoryUser.of(directory, person));
        if ("POST".equals(method)) {
            request.with(csrf()).param("confirmed", "true").param("to", person).param("reason", "越权")
                    .param("decisionId", ids.get("decision")).param("memberOpinion", "AGREE")
                    .param("opinionText", "越权发表的意见");
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        int status = response.getStatus();

        switch (expected) {
            case "ok", "ok+" -> assertThat(status).as("%s %s as %s", method, path, person).isBetween(200, 299);
            case "back" -> assertThat(status).as("%s %s as %s", method, path, person).isEqualTo(302);
            default -> assertThat(status).as("%s %s as %s", method, path, person).isEqualTo(Integer.parseInt(expected));
        }
        if ("ok+".equals(expected)) {
            assertThat(body).as("the unit's own draft, so a leak would be seen").contains(secret);
        } else {
            assertThat(body).as("another unit's unpublished draft").doesNotContain(secret);
        }
        if ("POST".equals(method)) {
            assertThat(DatabaseSnapshot.of(jdbc).differencesFrom(before)).as("changed by the refused post").isEmpty();
        }
    }

    Stream<Arguments> matrix() {
        return DoorMatrix.cases(MATRIX, 2);
    }

    private String fill(String path) {
        String filled = path;
        for (var id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }
}
