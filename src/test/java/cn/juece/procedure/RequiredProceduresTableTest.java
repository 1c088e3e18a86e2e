package cn.juece.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The table that decides which statutory steps a draft must go through, row by row. */
class RequiredProceduresTableTest {

    private static final Path TABLE = Path.of("processes", "required-procedures.dmn");

    private static final List<String> matchedRules = new ArrayList<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTable() throws IOException {
        DmnDecisionTableEvaluationListener recordMatches = event -> event.getMatchingRules().stream()
                .map(DmnEvaluatedDecisionRule::getId)
                .forEach(matchedRules::add);
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(recordMatches))
                .buildEngine();
        try (InputStream in = Files.newInputStream(TABLE)) {
            decision = engine.parseDecision("RequiredProcedures", in);
        }
    }

    @Test
    void everyDecisionThatMayBePublishedGoesToPublicConsultation() {
        Evaluation result = evaluate(draft("PUBLIC_POLICY").isPublic());

        assertThat(result.rules()).containsExactly("Rule_PublicParticipation");
        assertThat(result.procedures()).containsExactly("PARTICIPATION");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Rule_HearingVitalInterests, true,  false",
        "Rule_HearingDivergentViews, false, true",
    })
    void publicDecisionTouchingVitalInterestsOrDividingOpinionGetsAHearing(
            String rule, boolean vitalInterests, boolean viewsDiverge) {
        Evaluation result = evaluate(draft("PUBLIC_POLICY").isPublic()
                .with("affectsVitalInterests", vitalInterests)
                .with("viewsDivergeStrongly", viewsDiverge));

        assertThat(result.rules()).containsExactlyInAnyOrder("Rule_PublicParticipation", rule);
        assertThat(result.procedures()).containsExactlyInAnyOrder("PARTICIPATION", "HEARING");
    }

    @Test
    void decisionNotToBePublishedGetsNeitherConsultationNorHearing() {
        Evaluation result = evaluate(draft("PUBLIC_POLICY")
                .with("affectsVitalInterests", true)
                .with("viewsDivergeStrongly", true));

        assertThat(result.procedures()).isEmpty();
    }

    @Test
    void technicalMatterNeedsExpertArgumentation() {
        Evaluation result = evaluate(draft("PUBLIC_POLICY").with("technical", true));

        assertThat(result.rules()).containsExactly("Rule_ExpertTechnical");
        assertThat(result.procedures()).containsExactly("EXPERT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEVELOPMENT_PLAN", "RESOURCE_POLICY", "CONSTRUCTION_PROJECT"})
    void plansResourcePoliciesAndConstructionProjectsAlwaysNeedExperts(String category) {
        Evaluation result = evaluate(draft(category));

        assertThat(result.rules()).contains("Rule_ExpertCategory");
        assertThat(result.procedures()).contains("EXPERT");
    }

    @Test
    void riskToStabilityNeedsRiskAssessment() {
        Evaluation result = evaluate(draft("PUBLIC_POLICY").with("riskToStability", true));

        assertThat(result.rules()).containsExactly("Rule_RiskStability");
        assertThat(result.procedures()).containsExactly("RISK");
    }

    @Test
    void constructionProjectAlwaysNeedsRiskAssessment() {
        Evaluation result = evaluate(draft("CONSTRUCTION_PROJECT"));

        assertThat(result.rules()).containsExactlyInAnyOrder("Rule_ExpertCategory", "Rule_RiskConstruction");
        assertThat(result.procedures()).containsExactlyInAnyOrder("EXPERT", "RISK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUBLIC_POLICY", "OTHER_MAJOR"})
    void ordinaryDecisionNotToBePublishedNeedsNoFurtherProcedure(String category) {
        Evaluation result = evaluate(draft(category));

        assertThat(result.rules()).isEmpty();
        assertThat(result.procedures()).isEmpty();
    }

    @Test
    void publicConstructionProjectNeedsParticipationExpertsAndRiskAssessment() {
        Evaluation result = evaluate(draft("CONSTRUCTION_PROJECT").isPublic());

        assertThat(result.procedures()).containsExactlyInAnyOrder("PARTICIPATION", "EXPERT", "RISK");
    }

    @Test
    void everyRuleCitesTheArticleItRestsOn() throws IOException {
        try (InputStream in = Files.newInputStream(TABLE)) {
            assertThat(Dmn.readModelFromStream(in).getModelElementsByType(Rule.class))
                    .hasSize(7)
                    .allSatisfy(rule -> assertThat(rule.getDescription())
                            .as("description of %s", rule.getId())
                            .isNotNull()
                            .extracting(description -> description.getTextContent())
                            .asString()
                            .containsPattern("第[一二三四五六七八九十]+条"));
        }
    }

    /** A drafted decision with every flag false and marked not public; tests switch on what they need. */
    private static Draft draft(String category) {
        return new Draft(Variables.createVariables()
                .putValue("category", category)
                .putValue("notPublic", true)
                .putValue("affectsVitalInterests", false)
                .putValue("viewsDivergeStrongly", false)
                .putValue("technical", false)
                .putValue("riskToStability", false));
    }

    private static Evaluation evaluate(Draft draft) {
        matchedRules.clear();
        List<String> procedures = engine.evaluateDecisionTable(decision, draft.variables())
                .collectEntries("procedure");
        return new Evaluation(procedures, List.copyOf(matchedRules));
    }

    private record Draft(VariableMap variables) {

        Draft isPublic() {
            return with("notPublic", false);
        }

        Draft with(String flag, boolean value) {
            variables.putValue(flag, value);
            return this;
        }
    }

    private record Evaluation(List<String> procedures, List<String> rules) {
    }
}
