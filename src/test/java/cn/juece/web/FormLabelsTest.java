package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.procedure.FormField;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;
import cn.juece.review.ReviewMaterials;
import cn.juece.review.ReviewOutcome;
import cn.juece.security.Directory;

/**
 * The names the engine gives in Chinese (form fields and choices from the task rules, tasks and
 * stages from the deployed models, review outcomes as the review file words them) have their
 * English in the bundles, and the Chinese bundle says exactly what the code or model says, so
 * the two cannot drift apart. Read from the property files themselves: a message source would
 * hide a missing English key behind its Chinese fallback.
 */
class FormLabelsTest extends ProcedureTestBase {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @Autowired
    List<TaskRuleSet> ruleSets;
    @Autowired
    RepositoryService repository;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;

    @Test
    void everyFieldAndChoiceOfEveryTaskRuleHasItsChineseAndEnglishLabel() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        List<TaskRule> rules = ruleSets.stream().flatMap(set -> set.rules().stream()).toList();
        assertThat(rules).hasSizeGreaterThan(20);

        for (TaskRule rule : rules) {
            for (FormField field : rule.fields()) {
                String key = "field." + rule.taskKey() + "." + field.name();
                assertLabel(chinese, english, key, field.label());
                field.choices().forEach((code, label) -> assertLabel(chinese, english, key + "." + code, label));
            }
        }
    }

    @Test
    void everyLegalityReviewOutcomeHasTheReviewFilesWordingInBothLanguages() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");

        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            assertLabel(chinese, english, "review.outcome." + outcome, ReviewMaterials.outcomeLabel(outcome));
        }
    }

    @Test
    void everyUserTaskAndStageOfTheDeployedModelsHasItsChineseAndEnglishName() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(processes).hasSizeGreaterThanOrEqualTo(7);

        for (ProcessDefinition process : processes) {
            assertLabel(chinese, english, "bpmn.process." + process.getKey(), process.getName());
            BpmnModelInstance model = repository.getBpmnModelInstance(process.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertLabel(chinese, english, "bpmn.task." + task.getId(), task.getName());
            }
        }
    }

    @Test
    void aTaskFormAndTheTaskListSpeakTheReadersLanguage() throws Exception {
        Decision decision = driver.atReview();
        String form = "/tasks/" + driver.task(decision, "Task_ReviewLegality").getId();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var reviewer = DirectoryUser.of(directory, "reviewer1");

        assertThat(page(mvc, get(form).with(reviewer)))
                .contains("<h1>合法性审查</h1>", "合法性审查意见书 *", "修改后合法")
                .doesNotContain("Legality review opinion letter");
        assertThat(page(mvc, get(form).param("lang", "en").with(reviewer)))
                .contains("<h1>Conduct the legality review</h1>", "Legality review opinion letter *",
                        "Lawful subject to changes")
                .doesNotContain("合法性审查意见书", "修改后合法");
        assertThat(page(mvc, get("/?tab=group").with(reviewer))).contains("<td>合法性审查</td>")
                .containsPattern("<option value=\"LegalityReviewProcess\"\\s*>合法性审查</option>");
        assertThat(page(mvc, get("/?tab=group&lang=en").with(reviewer)))
                .contains("<td>Conduct the legality review</td>", "<td>Legality review</td>")
                .containsPattern("<option value=\"LegalityReviewProcess\"\\s*>Legality review</option>");
    }

    private static String page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static void assertLabel(Properties chinese, Properties english, String key, String label) {
        assertThat(chinese.getProperty(key)).as("Chinese %s", key).isEqualTo(label);
        assertThat(english.getProperty(key)).as("English %s", key).isNotBlank().doesNotContainPattern(CJK);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
