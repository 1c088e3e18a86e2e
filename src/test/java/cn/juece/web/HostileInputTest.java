package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.juece.catalogue.CatalogueAdjustments;
import cn.juece.catalogue.CatalogueDrafting;
import cn.juece.catalogue.CatalogueFixture;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.TaskRules;
import cn.juece.security.Directory;
import cn.juece.web.FormDoor.Case;

/**
 * Malformed and hostile input at every door of Juece's that takes input (the handler mapping
 * says which; a door without rows fails the test): each case is answered with a clear Chinese
 * message (the form again with its error, a flash error, or a 4xx page that says why), never a
 * 500, and a post changes nothing in our tables, the audit chain or the engine's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest extends ProcedureTestBase {

    /** Doors that take input but have no field to vary, and why. */
    private static final Map<String, String> WITHOUT_ROWS = Map.of(
            "POST /notices/read-all", "takes nothing but the signed-in person",
            "GET /login", "Spring Security's login page; its post is the filter's, not a mapping",
            "POST /error", "the error page itself",
            "GET /error", "the error page itself");

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogueFixture catalogues;
    @Autowired
    CatalogueDrafting drafting;
    @Autowired
    CatalogueAdjustments adjustments;
    @Autowired
    TaskRules rules;
    @Autowired
    TaskService tasks;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private MockMvc mvc;
    private List<FormDoor> doors;
    private int requests;

    @BeforeAll
    void objectsToPostTo() {
        driver.resetClock();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        doors = new HostileInputDoors(driver, catalogues, drafting, adjustments, rules, jdbc, tasks).all();
    }

    @Test
    void everyDoorThatTakesInputHasRows() {
        Set<String> covered = new TreeSet<>();
        doors.forEach(door -> covered.add(door.mapping()));
        covered.addAll(WITHOUT_ROWS.keySet());
        assertThat(covered).as("doors of the handler mapping that take input; give each rows in HostileInputDoors")
                .containsAll(doorsTakingInput());
    }

    /**
     * The other side of each row: the door's valid form, untouched, is accepted and changes
     * something, so the refusals above are the hostile value's doing and not a broken base form.
     * Runs last, as it uses up the tasks and drafts the cases posted to.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theValidFormOfEachPostDoorIsAccepted() throws Exception {
        for (FormDoor door : doors) {
            if (door.isGet() || !door.acceptsItsBase()) {
                continue;
            }
            DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
            MvcResult result = mvc.perform(request(new Case(door, "valid", door.path(), door.valid()))).andReturn();
            String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as("valid form of %s as %s at %s: %s", door.mapping(),
                    door.person(), door.path(), errorsOn(page)).isEqualTo(302);
            assertThat(result.getFlashMap().get("error")).as("valid form of %s", door.mapping()).isNull();
            assertThat(DatabaseSnapshot.of(jdbc).differencesFrom(before)).as("valid form of %s changes something",
                    door.mapping()).isNotEmpty();
        }
    }

    Stream<Case> cases() {
        return doors.stream().flatMap(door -> door.cases().stream());
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithAClearMessageAndNothingChanged(Case hostile) throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(jdbc);
        MvcResult result = mvc.perform(request(hostile)).andReturn();
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(status).as("%s answered %s: %s", hostile, status, excerpt(body)).isLessThan(500);
        assertThat(DatabaseSnapshot.of(jdbc).differencesFrom(before)).as("%s changed", hostile).isEmpty();
        if (hostile.door().isGet() && status < 400) {
            return;
        }
        assertThat(clearMessage(result, status, body)).as("%s answered %s without a message: %s", hostile, status,
                excerpt(body)).isTrue();
    }

    /** The form again with its error, a flash error after a redirect, or an error page that says why. */
    private static boolean clearMessage(MvcResult result, int status, String body) {
        if (status == 302) {
            Object error = result.getFlashMap().get("error");
            return error != null && !error.toString().isBlank();
        }
        if (status == 200) {
            return body.contains("class=\"error") || body.contains("has-error");
        }
        if ((status == 403 || status == 404) && body.isEmpty()) {
            return true; // the container's error page, "无权访问" or "页面不存在" (MockMvc renders none)
        }
        return body.contains("class=\"error");
    }

    private MockHttpServletRequestBuilder request(Case hostile) {
        FormDoor door = hostile.door();
        boolean upload = hostile.params().containsKey(HostileInputDoors.FILE);
        MockHttpServletRequestBuilder request;
        if (door.isGet()) {
            request = get(hostile.path());
        } else if (upload) {
            List<String> file = hostile.params().get(HostileInputDoors.FILE);
            byte[] content = file == null ? new byte[0] : file.get(0).getBytes(StandardCharsets.UTF_8);
            request = multipart(hostile.path()).file(new MockMultipartFile("file", "items.csv", "text/csv", content));
        } else {
            request = post(hostile.path());
        }
        hostile.params().forEach((name, values) -> {
            if (!HostileInputDoors.FILE.equals(name) && values != null) {
                request.param(name, values.toArray(String[]::new));
            }
        });
        request.header(HttpHeaders.ACCEPT, PageAccessTest.BROWSER_ACCEPT).with(csrf());
        if (!"anonymous".equals(door.person())) {
            request.with(DirectoryUser.of(directory, door.person()));
        }
        // each case from an address of its own, so the portal's limit per address never answers for the form
        int address = ++requests;
        return request.with(sent -> {
            sent.setRemoteAddr("127.77." + (address / 250) + "." + (address % 250 + 1));
            return sent;
        });
    }

    private Set<String> doorsTakingInput() {
        Set<String> doorsTakingInput = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean takesInput = Stream.of(handler.getMethodParameters()).anyMatch(HostileInputTest::isInput);
            if (takesInput) {
                Collection<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
                        : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
                for (String method : methods) {
                    info.getPatternValues().forEach(pattern -> doorsTakingInput.add(method + " " + pattern));
                }
            }
        });
        return doorsTakingInput;
    }

    private static boolean isInput(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestParam.class)
                || parameter.hasParameterAnnotation(PathVariable.class)
                || parameter.hasParameterAnnotation(ModelAttribute.class);
    }

    private static List<String> errorsOn(String page) {
        return Pattern.compile("class=\"error[^>]*>([^<]+)<").matcher(page).results()
                .map(match -> match.group(1)).toList();
    }

    private static String excerpt(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
