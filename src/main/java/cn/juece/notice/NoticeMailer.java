package cn.juece.notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import cn.juece.security.Directory;

/**
 * Mails notices once the step that stored them has committed: a rolled-back step mails
 * nothing, and a mail that fails is recorded on the notice, never undoing the step. There is
 * no retry; the notice stays in Juece, where the recipient reads it either way.
 */
@Component
class NoticeMailer {

    private final Notices notices;
    private final JavaMailSender mail;
    private final Directory directory;
    private final TransactionTemplate ownTransaction;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    NoticeMailer(Notices notices, JavaMailSender mail, Directory directory, PlatformTransactionManager transactions,
                 @Value("${juece.mail.enabled:false}") boolean enabled,
                 @Value("${juece.mail.from:juece-noreply@juece.example}") String from,
                 @Value("${juece.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.notices = notices;
        this.mail = mail;
        this.directory = directory;
        this.ownTransaction = new TransactionTemplate(transactions);
        // after commit the finished transaction is still bound: the outcome must be written in a new one
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void mail(NoticesCreated created) {
        if (!enabled) {
            return;
        }
        created.ids().forEach(id -> notices.find(id).ifPresent(this::mail));
    }

    private void mail(Notice notice) {
        String address = directory.person(notice.recipient()).map(Directory.Person::email).orElse(null);
        if (address == null || address.isBlank()) {
            ownTransaction.executeWithoutResult(status -> notices.mailFailed(notice.id(), "收件人没有电子邮箱地址"));
            return;
        }
        try {
            mail.send(message(notice, address));
            ownTransaction.executeWithoutResult(status -> notices.mailed(notice.id()));
        } catch (MailException | IllegalStateException failed) {
            ownTransaction.executeWithoutResult(status -> notices.mailFailed(notice.id(), failed.getMessage()));
        }
    }

    SimpleMailMessage message(Notice notice, String address) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(subject(notice));
        StringBuilder body = new StringBuilder(directory.displayName(notice.recipient())).append("：\n\n")
                .append(notice.text()).append("\n\n");
        if (notice.taskName() != null) {
            body.append("任务：").append(notice.taskName()).append('\n');
        }
        if (notice.decisionReference() != null) {
            body.append("决策事项：").append(notice.decisionReference()).append(' ')
                    .append(notice.decisionTitle()).append('\n');
        }
        if (notice.dueAt() != null) {
            body.append("办理期限：").append(notice.due()).append('\n');
        }
        if (notice.taskId() != null) {
            body.append("办理：").append(baseUrl).append("/tasks/").append(notice.taskId()).append('\n');
        }
        if (notice.decisionId() != null) {
            body.append("案卷：").append(baseUrl).append("/decisions/").append(notice.decisionId()).append('\n');
        }
        body.append("\n本邮件由重大行政决策系统自动发送，请勿回复。\n");
        message.setText(body.toString());
        return message;
    }

    static String subject(Notice notice) {
        return "【" + notice.kind().label() + "】" + (notice.taskName() == null ? "" : notice.taskName())
                + (notice.decisionTitle() == null ? "" : " — " + notice.decisionTitle());
    }
}
