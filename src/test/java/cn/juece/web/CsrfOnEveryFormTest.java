package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.juece.catalogue.CatalogueFixture;
import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/**
 * Every state-changing door of Juece's own (each POST, PUT, PATCH or DELETE mapping Spring MVC
 * knows, so a new one cannot be forgotten) refuses a request that has no CSRF token, or a
 * forged one, with 403, even from a signed-in person who could otherwise use it, and changes
 * nothing. The table names who posts where; a mapping missing from it fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfOnEveryFormTest extends ProcedureTestBase {

    /** Mapping pattern, then who would be allowed to post, then the path posted. */
    private static final String DOORS = """
            /decisions/new                                                      edu1      /decisions/new
            /normative/new                                                      edu1      /normative/new
            /tasks/{id}                                                         edu1      /tasks/{task}
            /tasks/{id}/claim                                                   edu1      /tasks/{task}/claim
            /tasks/{id}/unclaim                                                 edu1      /tasks/{task}/unclaim
            /tasks/{id}/transfer                                                edu1      /tasks/{task}/transfer
            /tasks/{id}/urge                                                    office1   /tasks/{task}/urge
            /notices/{id:\\d+}/read                                             edu1      /notices/1/read
            /notices/read-all                                                   edu1      /notices/read-all
            /portal/consultations/{decisionId}/comments                         anonymous /portal/consultations/{decision}/comments
            /catalogues/new                                                     office1   /catalogues/new
            /catalogues/{id:\\d+}/consent                                       office1   /catalogues/{catalogue}/consent
            /catalogues/{id:\\d+}/publish                                       office1   /catalogues/{catalogue}/publish
            /catalogues/{id:\\d+}/items                                         office1   /catalogues/{catalogue}/items
            /catalogues/{id:\\d+}/items/{itemId:\\d+}/edit                      office1   /catalogues/{catalogue}/items/{item}/edit
            /catalogues/{id:\\d+}/items/{itemId:\\d+}/delete                    office1   /catalogues/{catalogue}/items/{item}/delete
            /catalogues/{id:\\d+}/import                                        office1   /catalogues/{catalogue}/import
            /catalogues/{id:\\d+}/adjustments/new                               edu1      /catalogues/{catalogue}/adjustments/new
            /catalogues/{id:\\d+}/adjustments/{adjustmentId:\\d+}/{verdict:approve|reject} office1 /catalogues/{catalogue}/adjustments/1/approve
            /error                                                              edu1      /error
            """;

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogueFixture catalogues;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private MockMvc mvc;
    private Map<String, String> ids;

    @BeforeAll
    void objectsEachDoorActsOn() {
        driver.resetClock();
        Decision decision = driver.atRevision("edu1");
        long catalogue = catalogues.draft();
        long item = catalogues.item(catalogue, "CSRF 测试事项", "unit-edu");
        ids = Map.of("task", driver.task(decision, "Task_ReviseDraft").getId(),
                "decision", String.valueOf(decision.id()),
                "catalogue", String.valueOf(catalogue), "item", String.valueOf(item));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyStateChangingMappingIsInTheTable() {
        assertThat(doors().keySet()).as("POST/PUT/PATCH/DELETE mappings of Spring MVC; add new ones to DOORS")
                .containsExactlyInAnyOrderElementsOf(stateChangingMappings());
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("requests")
    void withoutTheTokenTheDoorIsShutAndNothingChanges(String method, String path, String person, boolean forged)
            throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), fill(path))
                .param("title", "伪造的请求").param("reason", "伪造").param("confirmed", "true");
        if (forged) {
            request.with(csrf().useInvalidToken());
        }
        if (!"anonymous".equals(person)) {
            request.with(DirectoryUser.of(directory, person));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as("%s %s as %s", method, path, person).isEqualTo(403);
        assertThat(DatabaseSnapshot.of(jdbc).differencesFrom(before)).as("changed by the refused request").isEmpty();
    }

    Stream<Arguments> requests() {
        return doors().entrySet().stream().flatMap(door -> Stream.of("POST", "PUT", "DELETE", "PATCH")
                .flatMap(method -> Stream.of(false, true).map(forged -> Arguments.of(method, door.getValue()[1],
                        door.getValue()[0], forged))));
    }

    /** Pattern to {person, path}. */
    private static Map<String, String[]> doors() {
        Map<String, String[]> doors = new TreeMap<>();
        DOORS.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            doors.put(cells[0], new String[] {cells[1], cells[2]});
        });
        return doors;
    }

    /** Each pattern a request other than GET, HEAD or OPTIONS can reach, methods restricted or not. */
    private Set<String> stateChangingMappings() {
        Set<String> patterns = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean changing = methods.isEmpty() || methods.stream().anyMatch(m -> m == RequestMethod.POST
                    || m == RequestMethod.PUT || m == RequestMethod.PATCH || m == RequestMethod.DELETE);
            if (changing) {
                patterns.addAll(info.getPatternValues());
            }
        });
        return patterns;
    }

    private String fill(String path) {
        String filled = path;
        for (var id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }
}
