package cn.juece.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.participation.PublicComments;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.procedure.ProcedureViolation;

class RevisionTest extends ProcedureTestBase {

    @Autowired
    PublicComments comments;
    @Autowired
    ObjectMapper json;

    @Test
    void everyPublicCommentIsAnsweredItemByItem() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_PrepareConsultation", "edu1");
        long first = comments.submit(decision.id(), null, null, "意见一");
        long second = comments.submit(decision.id(), null, null, "意见二");
        driver.passTime(decision, Duration.ofDays(31));
        driver.complete(decision, "Task_SortPublicOpinions", "edu1");

        ProcedureViolation missing = driver.refused(decision, "Task_ReviseDraft", "edu1", revision(
                List.of(Map.of("ref", "comment:" + first, "adopted", true))));
        assertThat(missing.getMessage()).contains("comment:" + second);

        ProcedureViolation noReason = driver.refused(decision, "Task_ReviseDraft", "edu1", revision(List.of(
                Map.of("ref", "comment:" + first, "adopted", true),
                Map.of("ref", "comment:" + second, "adopted", false))));
        assertThat(noReason.getMessage()).contains("未采纳，须说明理由");

        driver.complete(decision, "Task_ReviseDraft", "edu1", revision(List.of(
                Map.of("ref", "comment:" + first, "adopted", true),
                Map.of("ref", "comment:" + second, "adopted", false, "reason", "与上位法规定不一致"))));
        assertThat(driver.tasks(decision, "Task_SubmitForReview")).hasSize(1);
    }

    private Map<String, Object> revision(List<Map<String, Object>> answers) throws Exception {
        return driver.form("Task_ReviseDraft", "opinionAdoptions", json.writeValueAsString(answers));
    }
}
