package cn.juece.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.juece.decision.Decision;

/**
 * The rules hold for whoever calls the engine REST API directly, the administrator included:
 * a broken rule answers 400 with the rule's Chinese message and changes nothing.
 */
class EngineRestRulesTest extends ProcedureTestBase {

    @Autowired
    TestRestTemplate rest;

    @Test
    void headCannotDecideBeforeEveryMemberHasSpokenThroughTheRestApi() {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        driver.complete(decision, "Task_MemberOpinion", "member1");
        String meeting = driver.tasks(decision, "Task_MemberOpinion").get(0).getProcessInstanceId();

        ResponseEntity<Map> response = admin().postForEntity("/engine-rest/process-instance/{id}/modification",
                Map.of("skipCustomListeners", true, "instructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_HeadDecision"))),
                Map.class, meeting);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").toString()).contains("尚未发表意见");
        assertThat(driver.tasks(decision, "Task_HeadDecision")).isEmpty();
    }

    @Test
    void meetingCannotBeReachedWithoutALawfulReviewThroughTheRestApi() {
        Decision decision = driver.atReview();
        ResponseEntity<Map> response = admin().postForEntity("/engine-rest/process-instance/{id}/modification",
                Map.of("skipCustomListeners", true, "instructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", "CallActivity_CollectiveDiscussion"))),
                Map.class, driver.decision(decision).processInstanceId());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").toString()).contains("未经合法性审查");
        assertThat(driver.tasks(decision, "Task_ScheduleMeeting")).isEmpty();
    }

    @Test
    void completingATaskWithDataThatBreaksARuleIsRefusedWithTheFieldAndChangesNothing() {
        Decision decision = driver.atRevision();
        driver.complete(decision, "Task_ReviseDraft", "edu1");
        String taskId = driver.task(decision, "Task_SubmitForReview").getId();

        ResponseEntity<Map> response = as("edu1").postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", Map.of(
                        "materialsList", value("草案"), "legalBasis", value("依据"),
                        "proceduresAccount", value("说明"), "plannedMeetingDate", value("2026-03-05"))),
                Map.class, taskId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").toString()).contains("不少于 7 个工作日");
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("plannedMeetingDate");
        assertThat(driver.task(decision, "Task_SubmitForReview").getId()).isEqualTo(taskId);
    }

    @Test
    void someoneOutsideTheTaskCannotCompleteItThroughTheRestApi() {
        Decision decision = driver.atReview();
        String taskId = driver.task(decision, "Task_ReviewLegality").getId();
        Map<String, Object> variables = Map.of("reviewOutcome", value("LAWFUL"), "opinionLetter", value("合法"));

        ResponseEntity<Map> bySponsor = as("edu1").postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", variables), Map.class, taskId);
        ResponseEntity<Map> byAdmin = admin().postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", variables), Map.class, taskId);

        assertThat(bySponsor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(driver.task(decision, "Task_ReviewLegality").getId()).isEqualTo(taskId);
    }

    @Test
    void reassigningATaskDoesNotMakeTheNewAssigneeItsDesignatedPerson() {
        Decision decision = driver.atMeeting();
        driver.complete(decision, "Task_ScheduleMeeting", "office1");
        String memberTask = driver.tasks(decision, "Task_MemberOpinion").stream()
                .filter(task -> "member1".equals(task.getAssignee())).findFirst().orElseThrow().getId();

        admin().postForEntity("/engine-rest/task/{id}/assignee", Map.of("userId", "member4"), Void.class, memberTask);
        ResponseEntity<Map> byNewAssignee = as("member4").postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", Map.of("memberOpinion", value("AGREE"), "opinionText", value("同意"))),
                Map.class, memberTask);

        assertThat(byNewAssignee.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(byNewAssignee.getBody().get("message").toString()).contains("应由 member1 本人办理");
        assertThat(driver.tasks(decision, "Task_MemberOpinion")).hasSize(3);
    }

    @Test
    void claimingAGroupTaskOutsideTheGroupDoesNotAllowCompletingIt() {
        Decision decision = driver.atReview();
        String taskId = driver.task(decision, "Task_ReviewLegality").getId();
        admin().postForEntity("/engine-rest/task/{id}/claim", Map.of("userId", "admin"), Void.class, taskId);

        ResponseEntity<Map> byAdmin = admin().postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", Map.of("reviewOutcome", value("LAWFUL"), "opinionLetter", value("合法"))),
                Map.class, taskId);

        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(byAdmin.getBody().get("message").toString()).contains("不在任务「合法性审查」的办理范围内");
        assertThat(driver.task(decision, "Task_ReviewLegality").getId()).isEqualTo(taskId);
    }

    @Test
    void aCompletionCannotCarryVariablesItsTaskDoesNotDeclare() {
        Decision decision = driver.atRevision();
        String taskId = driver.task(decision, "Task_ReviseDraft").getId();
        ResponseEntity<Map> response = as("edu1").postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", Map.of("revisedDraft", value("草案"), "revisionExplanation", value("说明"),
                        "partyCommitteeReportRequired", value(false), "meetingHead", value("edu1"))),
                Map.class, taskId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").toString())
                .contains("不接受以下数据").contains("partyCommitteeReportRequired").contains("meetingHead");
        assertThat(driver.task(decision, "Task_ReviseDraft").getId()).isEqualTo(taskId);
    }

    @Test
    void mainProcedureCannotBeStartedThroughTheRestApi() {
        ResponseEntity<Map> response = admin().postForEntity("/engine-rest/process-definition/key/{key}/start",
                Map.of("variables", Map.of("decisionId", Map.of("value", 1, "type", "Long"))), Map.class,
                "MajorDecisionProcess");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").toString()).contains("只能通过提出决策建议启动");
    }

    @Test
    void onlyTheAdministratorReachesTheRestOfTheEngineApi() {
        assertThat(as("head1").getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin().getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private TestRestTemplate admin() {
        return as("admin");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "test-secret");
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }
}
