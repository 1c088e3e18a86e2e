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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.decision.Decision;
import cn.juece.procedure.FormField;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRuleSet;
import cn.juece.security.Directory;

/**
 * The labels the engine gives in Chinese (form fields and choices from the task rules) have
 * their English in the bundles, and the Chinese bundle says exactly what the rule says, so the
 * two cannot drift apart. Read from the property files themselves: a message source would hide
 * a missing English key behind its Chinese fallback.
 */
class FormLabelsTest extends ProcedureTestBase {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @Autowired
    List<TaskRuleSet> ruleSets;
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
    void aTaskFormShowsItsFieldsInTheReadersLanguage() throws Exception {
        Decision decision = driver.atReview();
        String form = "/tasks/" + driver.task(decision, "Task_ReviewLegality").getId();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var reviewer = DirectoryUser.of(directory, "reviewer1");

        assertThat(mvc.perform(get(form).with(reviewer)).andReturn().getResponse().getContentAsString())
                .contains("合法性审查意见书 *", "修改后合法")
                .doesNotContain("Legality review opinion letter");
        assertThat(mvc.perform(get(form).param("lang", "en").with(reviewer)).andReturn().getResponse()
                .getContentAsString())
                .contains("Legality review opinion letter *", "Lawful subject to changes")
                .doesNotContain("合法性审查意见书", "修改后合法");
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
