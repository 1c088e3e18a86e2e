package cn.juece.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.decision.Decision;

/**
 * The rules listener stores each completed field as its type (yes/no as a boolean, text without
 * surrounding blanks), and a field submitted exactly as it is stored is written once, not twice.
 */
class FieldsStoredTypedTest extends ProcedureTestBase {

    @Autowired
    HistoryService history;

    @Test
    void fieldsAreStoredTypedAndAFieldAlreadyTypedIsWrittenOnce() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String instance = driver.decision(decision).processInstanceId();

        driver.complete(decision, "Task_DecideInitiation", "head1", Map.of("initiationApproved", "是",
                "sponsorUnit", "unit-edu", "initiationOpinion", "  同意启动  "));

        assertThat(updates(instance, "initiationApproved")).extracting(HistoricVariableUpdate::getValue)
                .containsExactly("是", true);
        assertThat(updates(instance, "initiationOpinion")).extracting(HistoricVariableUpdate::getValue)
                .containsExactly("  同意启动  ", "同意启动");
        assertThat(updates(instance, "sponsorUnit")).extracting(HistoricVariableUpdate::getValue)
                .containsExactly("unit-edu");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("initiationApproved").singleResult().getValue()).isEqualTo(true);
    }

    private List<HistoricVariableUpdate> updates(String instance, String variable) {
        return history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
                .orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> update.getVariableName().equals(variable)).toList();
    }
}
