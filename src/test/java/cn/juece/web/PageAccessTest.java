package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/**
 * Who may open what: every page and door for one person of each kind in the directory and for
 * an anonymous visitor. The dossier and the meeting are of a decision proposed by edu1 and
 * sponsored by unit-edu, at its collective discussion; the task is member2's opinion there,
 * which nobody in the matrix holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessTest extends ProcedureTestBase {

    /**
     * ok: answered 2xx; 401, 403, 404: refused with that status (the engine REST API asks
     * programs for HTTP Basic and sends nobody to the login page) (a task not one's own is 404, so that
     * its existence is not told); login: sent to the login page. The sponsors' propose is the
     * form sent back with its errors, as the post is empty.
     */
    private static final String MATRIX = """
            person       home  new   propose list  dossier meeting task  portal cockpit rest  login normative catalogues adjust supervise audit archive notices
            admin        ok    403   403     ok    ok      ok      404   ok     ok      ok    ok    403       403        403    ok        ok    404     ok
            head1        ok    403   403     ok    ok      ok      404   ok     403     403   ok    403       403        403    403       403   403     ok
            office1      ok    403   403     ok    ok      ok      404   ok     403     403   ok    403       ok         403    ok        ok    404     ok
            edu1         ok    ok    ok      ok    ok      403     404   ok     403     403   ok    ok        403        ok     403       403   403     ok
            water1       ok    ok    ok      ok    403     403     404   ok     403     403   ok    ok        403        ok     403       403   403     ok
            transport1   ok    ok    ok      ok    403     403     404   ok     403     403   ok    ok        403        ok     403       403   403     ok
            reviewer1    ok    403   403     ok    ok      403     404   ok     403     403   ok    403       403        403    403       403   403     ok
            adviser1     ok    403   403     ok    ok      403     404   ok     403     403   ok    403       403        403    403       403   403     ok
            expert1      ok    403   403     ok    ok      403     404   ok     403     403   ok    403       403        403    403       403   403     ok
            assessor1    ok    403   403     ok    ok      403     404   ok     403     403   ok    403       403        403    403       403   403     ok
            member1      ok    403   403     ok    ok      ok      404   ok     403     403   ok    403       403        403    403       403   403     ok
            supervisor1  ok    403   403     ok    ok      ok      404   ok     403     403   ok    403       403        403    ok        ok    404     ok
            anonymous    login login login   login login   login   login ok     login   401   ok    login     login      login  login     login login   login
            """;

    static final String ANONYMOUS = "anonymous";
    /** What a browser asks for: staff pages answer it with the login page, not a 401. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    HistoryService history;
    @LocalServerPort
    int port;
    @Value("${juece.demo.password}")
    String password;

    MockMvc mvc;
    Map<String, String> ids;

    @BeforeAll
    void decisionAtItsMeeting() {
        driver.resetClock();
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        String meeting = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("CollectiveDiscussionProcess")
                .processInstanceBusinessKey(decision.reference()).singleResult().getId();
        String task = driver.tasks(decision, "Task_MemberOpinion").stream()
                .filter(opinion -> "member2".equals(opinion.getAssignee())).findFirst().orElseThrow().getId();
        ids = Map.of("decision", String.valueOf(decision.id()), "meeting", meeting, "task", task);
    }

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void doorAnswersAsTheMatrixSays(Door door, String person, Outcome expected) throws Exception {
        Answer answer = door.servedByCamunda() ? overHttp(door, person) : throughMockMvc(door, person);
        assertThat(expected.matches(answer)).as("%s as %s answered %s", door, person, answer).isTrue();
    }

    @Test
    void theMatrixTaskOpensForItsHolder() throws Exception {
        mvc.perform(get("/tasks/{id}", ids.get("task")).with(DirectoryUser.of(directory, "member2")))
                .andExpect(status().isOk());
    }

    @Test
    void everyoneInTheDirectoryActsInTheGroupsOfSomePersonOfTheMatrix() {
        Set<Set<String>> kinds = new HashSet<>();
        persons().stream().filter(person -> !ANONYMOUS.equals(person))
                .forEach(person -> kinds.add(Set.copyOf(directory.person(person).orElseThrow().groups())));
        assertThat(directory.people()).allSatisfy(person -> assertThat(kinds)
                .as("a matrix row for someone in the groups of %s", person.id()).contains(Set.copyOf(person.groups())));
    }

    static Stream<Arguments> matrix() {
        List<String> lines = MATRIX.lines().toList();
        List<Door> doors = Arrays.stream(lines.get(0).trim().split("\\s+")).skip(1)
                .map(name -> Door.valueOf(name.toUpperCase())).toList();
        return lines.stream().skip(1).flatMap(line -> {
            String[] cells = line.trim().split("\\s+");
            assertThat(cells).as("row of %s", cells[0]).hasSize(doors.size() + 1);
            return IntStream.range(0, doors.size())
                    .mapToObj(i -> Arguments.of(doors.get(i), cells[0], Outcome.of(cells[i + 1])));
        });
    }

    private static List<String> persons() {
        return MATRIX.lines().skip(1).map(line -> line.trim().split("\\s+")[0]).toList();
    }

    private Answer throughMockMvc(Door door, String person) throws Exception {
        MockHttpServletRequestBuilder request = request(door.method, door.path(ids)).header(HttpHeaders.ACCEPT,
                BROWSER_ACCEPT);
        if (door.method == HttpMethod.POST) {
            request.with(csrf());
        }
        if (!ANONYMOUS.equals(person)) {
            request.with(DirectoryUser.of(directory, person));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Answer(response.getStatus(), response.getRedirectedUrl());
    }

    /** Cockpit and the engine REST API are Camunda's own filters and servlets, which MockMvc does not run. */
    private Answer overHttp(Door door, String person) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + door.path(ids)))
                .method(door.method.name(), HttpRequest.BodyPublishers.noBody())
                .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT);
        if (!ANONYMOUS.equals(person)) {
            request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((person + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        // the default client follows no redirect, so the login redirect itself is seen
        HttpResponse<Void> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.discarding());
        return new Answer(response.statusCode(), response.headers().firstValue(HttpHeaders.LOCATION).orElse(null));
    }

    enum Door {
        HOME(HttpMethod.GET, "/"),
        NEW(HttpMethod.GET, "/decisions/new"),
        PROPOSE(HttpMethod.POST, "/decisions/new"),
        LIST(HttpMethod.GET, "/decisions"),
        DOSSIER(HttpMethod.GET, "/decisions/{decision}"),
        MEETING(HttpMethod.GET, "/meetings/{meeting}"),
        TASK(HttpMethod.GET, "/tasks/{task}"),
        PORTAL(HttpMethod.GET, "/portal"),
        COCKPIT(HttpMethod.GET, "/camunda/app/cockpit/default/"),
        REST(HttpMethod.GET, "/engine-rest/task"),
        LOGIN(HttpMethod.GET, "/login"),
        NORMATIVE(HttpMethod.GET, "/normative/new"),
        CATALOGUES(HttpMethod.GET, "/catalogues"),
        ADJUST(HttpMethod.GET, "/catalogues/adjustments"),
        SUPERVISE(HttpMethod.GET, "/supervision"),
        AUDIT(HttpMethod.GET, "/audit"),
        /** The decision is not sealed yet: those who may take the archive away learn only that there is none. */
        ARCHIVE(HttpMethod.GET, "/decisions/{decision}/archive.zip"),
        NOTICES(HttpMethod.GET, "/notices");

        final HttpMethod method;
        final String path;

        Door(HttpMethod method, String path) {
            this.method = method;
            this.path = path;
        }

        String path(Map<String, String> ids) {
            String filled = path;
            for (var id : ids.entrySet()) {
                filled = filled.replace("{" + id.getKey() + "}", id.getValue());
            }
            return filled;
        }

        boolean servedByCamunda() {
            return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    enum Outcome {
        OK, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, LOGIN;

        static Outcome of(String cell) {
            return switch (cell) {
                case "ok" -> OK;
                case "401" -> UNAUTHORIZED;
                case "403" -> FORBIDDEN;
                case "404" -> NOT_FOUND;
                case "login" -> LOGIN;
                default -> throw new IllegalArgumentException("No outcome " + cell);
            };
        }

        boolean matches(Answer answer) {
            return switch (this) {
                case OK -> answer.status() >= 200 && answer.status() < 300;
                case UNAUTHORIZED -> answer.status() == 401;
                case FORBIDDEN -> answer.status() == 403;
                case NOT_FOUND -> answer.status() == 404;
                case LOGIN -> answer.status() == 302 && answer.location() != null
                        && answer.location().endsWith("/login");
            };
        }
    }

    record Answer(int status, String location) {
    }
}
