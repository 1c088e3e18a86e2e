package cn.juece.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;

/** {@code --juece.audit.verify}: verifies without the web application, answers in Chinese and by exit code. */
class AuditCommandTest extends ProcedureTestBase {

    private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:juece-test;DB_CLOSE_DELAY=-1";

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIntactChainExitsZeroAndABrokenOneNamesTheLinkAndExitsOne() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        assertThat(command(AuditCommand.VERIFY, DATABASE)).startsWith("0:").contains("审计链完整");
        assertThat(command(AuditCommand.VERIFY, DATABASE, "--juece.audit.dossier=" + decision.reference()))
                .startsWith("0:").contains("决策 " + decision.reference() + " 的案卷完整");

        AuditEntry link = trail.about(DossierAudit.subject(decision.id())).get(0);
        jdbc.update("update audit_entry set subject = 'decision:0' where seq = ?", link.seq());
        try {
            assertThat(command(AuditCommand.VERIFY, DATABASE)).startsWith("1:")
                    .contains("审计链在第 " + link.seq() + " 条记录处断裂");
        } finally {
            jdbc.update("update audit_entry set subject = ? where seq = ?", link.subject(), link.seq());
        }
    }

    @Test
    void aDatabaseWithoutTheChainCannotBeVerifiedAndExitsTwo() {
        assertThat(command(AuditCommand.VERIFY, "--spring.datasource.url=jdbc:h2:mem:audit-empty"))
                .startsWith("2:").contains("无法校验审计链");
    }

    @Test
    void theCommandIsRecognisedOnlyWhenAsked() {
        assertThat(AuditCommand.requested(new String[] {"--server.port=0"})).isFalse();
        assertThat(AuditCommand.requested(new String[] {"--juece.audit.verify"})).isTrue();
    }

    private static String command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + ":" + out.toString(StandardCharsets.UTF_8);
    }
}
