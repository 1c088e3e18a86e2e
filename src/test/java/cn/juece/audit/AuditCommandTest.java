package cn.juece.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;

/** {@code --juece.audit.verify}: verifies without the web application, answers in Chinese and by exit code. */
class AuditCommandTest extends ProcedureTestBase {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    void anIntactChainExitsZeroAndABrokenOneNamesTheLinkAndExitsOne() {
        // the test application's own database, H2 or PostgreSQL
        String[] database = {"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", "")};
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        assertThat(command(with(database))).startsWith("0:").contains("审计链完整");
        assertThat(command(with(database, "--juece.audit.dossier=" + decision.reference())))
                .startsWith("0:").contains("决策 " + decision.reference() + " 的案卷完整");

        AuditEntry link = trail.about(DossierAudit.subject(decision.id())).get(0);
        jdbc.update("update audit_entry set subject = 'decision:0' where seq = ?", link.seq());
        try {
            assertThat(command(with(database))).startsWith("1:")
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

    private static String[] with(String[] database, String... more) {
        List<String> args = new ArrayList<>(List.of(AuditCommand.VERIFY));
        args.addAll(List.of(database));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + ":" + out.toString(StandardCharsets.UTF_8);
    }
}
