package cn.juece.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's own parser is stricter than the schema: it checks timers, expressions, error
 * references and the decision table. Every model in processes/ must pass it in one deployment,
 * just as the application deploys them.
 */
class ProcessModelsDeploymentTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void deployAllModels() throws IOException {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("models");
        configuration.setJdbcUrl("jdbc:h2:mem:models;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.setDatabaseSchemaUpdate("create-drop");
        engine = configuration.buildProcessEngine();

        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("processes");
        try (Stream<Path> files = Files.list(ProcessModelsTest.PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn)$")).toList()) {
                try (InputStream bytes = Files.newInputStream(file)) {
                    deployment.addInputStream("processes/" + file.getFileName(), bytes);
                }
            }
        }
        deployment.deploy();
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void everyProcessAndTheProcedureTableAreDeployed() {
        RepositoryService repository = engine.getRepositoryService();

        assertThat(repository.createProcessDefinitionQuery().list())
                .extracting(ProcessDefinition::getKey)
                .containsExactlyInAnyOrder("MajorDecisionProcess", "PublicParticipationProcess",
                        "ExpertArgumentationProcess", "RiskAssessmentProcess", "LegalityReviewProcess",
                        "CollectiveDiscussionProcess", "DecisionExecutionProcess", "NormativeDocumentProcess");
        assertThat(repository.createDecisionDefinitionQuery().list())
                .extracting(DecisionDefinition::getKey)
                .containsExactly("RequiredProcedures");
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftDecisionIsRoutedThroughTheProcedureTable() {
        String decision = propose("decision-1", "CONSTRUCTION_PROJECT");
        complete(decision, "Task_DecideInitiation", Map.of("initiationApproved", true, "sponsorUnit", "unit-water"));
        complete(decision, "Task_DraftDecision", draft(false, true, false));

        Task confirm = onlyTask(decision);
        assertThat(confirm.getTaskDefinitionKey()).isEqualTo("Task_ConfirmProcedures");
        assertThat(engine.getTaskService().createTaskQuery().taskId(confirm.getId())
                .taskCandidateGroup("unit-water").count()).isOne();
        assertThat((List<Object>) engine.getRuntimeService().getVariable(confirm.getProcessInstanceId(),
                "requiredProcedures")).containsExactlyInAnyOrder("PARTICIPATION", "HEARING", "EXPERT", "RISK");
    }

    @Test
    void redesignAfterAHighRiskFindingIsJudgedOnItsOwnAssessment() {
        String decision = propose("decision-2", "PUBLIC_POLICY");
        complete(decision, "Task_DecideInitiation", Map.of("initiationApproved", true, "sponsorUnit", "unit-edu"));
        complete(decision, "Task_DraftDecision", draft(true, false, true));
        complete(decision, "Task_ConfirmProcedures", noSkips());
        complete(decision, "Task_CommissionRiskAssessment", Map.of("riskAssessor", "assessor-1"));
        complete(decision, "Task_AssessRisk", Map.of("riskLevel", "HIGH"));

        assertThat(onlyTask(decision).getTaskDefinitionKey()).isEqualTo("Task_DraftDecision");
        complete(decision, "Task_DraftDecision", draft(true, false, false));
        complete(decision, "Task_ConfirmProcedures", noSkips());

        assertThat(onlyTask(decision).getTaskDefinitionKey()).isEqualTo("Task_ReviseDraft");
    }

    private static String propose(String businessKey, String category) {
        engine.getRuntimeService().startProcessInstanceByKey("MajorDecisionProcess", businessKey,
                Map.of("category", category, "region", "national"));
        return businessKey;
    }

    private static Map<String, Object> draft(boolean notPublic, boolean affectsVitalInterests, boolean riskToStability) {
        return Map.of("notPublic", notPublic, "affectsVitalInterests", affectsVitalInterests,
                "viewsDivergeStrongly", false, "technical", false, "riskToStability", riskToStability);
    }

    private static Map<String, Object> noSkips() {
        return Map.of("skipParticipation", false, "skipExpert", false, "skipRisk", false);
    }

    /** The one open task of a decision, whichever (called) process instance it belongs to. */
    private static Task onlyTask(String businessKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    private static void complete(String businessKey, String taskKey, Map<String, Object> variables) {
        Task task = onlyTask(businessKey);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        engine.getTaskService().complete(task.getId(), variables);
    }
}
