package cn.juece.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.task.TaskEscalation;
import cn.juece.task.WorkflowTasks;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** Notices mailed through a real SMTP conversation with GreenMail, on a free port of this JVM. */
class NoticeMailTest extends ProcedureTestBase {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JavaMailSenderImpl sender;
    @Autowired
    TaskEscalation escalation;
    @Autowired
    Notices notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    WorkflowTasks workflow;

    private int portBefore;

    @BeforeEach
    void sendToGreenMail() {
        portBefore = sender.getPort();
        sender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void sendNowhereAgain() {
        sender.setPort(portBefore);
    }

    @Test
    void dueSoonAndOverdueMailsReachTheReviewerAndOverdueAlsoTheUnitLeader() throws Exception {
        Decision decision = driver.atReview();
        Task review = driver.task(decision, "Task_ReviewLegality");
        workflow.claim(review.getId(), "reviewer1", List.of("reviewer", "unit-justice"));

        driver.passTime(decision, Duration.ofDays(17));
        assertThat(mailsAbout(decision)).extracting(NoticeMailTest::to, NoticeMailTest::subject)
                .containsExactly(tuple("reviewer1@juece.example",
                        "【即将到期】合法性审查 — 城区学区划分调整方案"));

        driver.passTime(decision, Duration.ofDays(5));
        assertThat(mailsAbout(decision)).extracting(NoticeMailTest::to, NoticeMailTest::subject).contains(
                tuple("reviewer1@juece.example", "【已超期】合法性审查 — 城区学区划分调整方案"),
                tuple("justiceleader1@juece.example",
                        "【已超期】合法性审查 — 城区学区划分调整方案"))
                .hasSize(3);
        String body = body(mailsAbout(decision).get(1));
        assertThat(mailsAbout(decision)).allSatisfy(mail -> assertThat(body(mail))
                .contains(decision.reference()).contains("2026-03-23 24:00").contains("/decisions/" + decision.id()));
        assertThat(body).isNotBlank();
        assertThat(noticesOf(review)).allSatisfy(notice -> {
            assertThat(notice.emailSentAt()).isNotNull();
            assertThat(notice.emailError()).isNull();
        });
    }

    @Test
    void anUrgeMailsTheHolderOnlyOnceItsStepHasCommitted() throws Exception {
        Decision decision = driver.atRevision();
        Task revise = driver.task(decision, "Task_ReviseDraft");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            escalation.urge(revise.getId(), "supervisor1", List.of("supervisor"), "请加快");
            status.setRollbackOnly();
        });
        assertThat(noticesOf(revise)).as("a rolled-back urge leaves no notice").isEmpty();
        assertThat(mailsAbout(decision)).as("and sends no mail").isEmpty();

        escalation.urge(revise.getId(), "supervisor1", List.of("supervisor"), "请加快");
        assertThat(mailsAbout(decision)).extracting(NoticeMailTest::to).containsExactlyInAnyOrder(
                "edu1@juece.example", "eduleader1@juece.example");
        assertThat(mailsAbout(decision)).extracting(NoticeMailTest::subject)
                .containsOnly("【催办】修改完善草案 — 城区学区划分调整方案");
    }

    private List<MimeMessage> mailsAbout(Decision decision) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> body(mail).contains(decision.reference())).toList();
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text: the Chinese body travels base64 or quoted-printable. */
    private static String body(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Notice> noticesOf(Task task) {
        return jdbc.queryForList("select id from notice where task_id = ? order by id", Long.class, task.getId())
                .stream().map(id -> notices.find(id).orElseThrow()).toList();
    }
}
