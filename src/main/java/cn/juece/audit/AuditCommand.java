package cn.juece.audit;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code --juece.audit.verify} (and optionally {@code --juece.audit.dossier=<文号>}): verifies
 * the chain without the web server. It starts a context of its own with nothing but the data
 * source and the verifier: no engine, so no job executor, no migrations, no directory sync,
 * no demo data; it reads and changes nothing. Exit 0 intact, 1 broken, 2 not verifiable.
 */
public final class AuditCommand {

    public static final String VERIFY = "--juece.audit.verify";
    private static final String DOSSIER = "--juece.audit.dossier=";

    private AuditCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals(VERIFY) || arg.startsWith(VERIFY + "="));
    }

    public static int run(String[] args) {
        return run(args, new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    }

    static int run(String[] args, PrintStream out) {
        String reference = Arrays.stream(args).filter(arg -> arg.startsWith(DOSSIER))
                .map(arg -> arg.substring(DOSSIER.length())).findFirst().orElse(null);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Verifying.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                .run(args)) {
            AuditVerifier verifier = context.getBean(AuditVerifier.class);
            Verification result = verifier.verifyChain();
            if (result.intact() && reference != null) {
                result = verifier.verifyDossier(reference);
            }
            out.println(result.message());
            return result.intact() ? 0 : 1;
        } catch (RuntimeException e) {
            out.println("无法校验审计链：" + e.getMessage());
            return 2;
        }
    }

    /** Not a component: found only by this command, never by the application's scan. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
    @Import({AuditVerifier.class, VouchedRows.class})
    static class Verifying {
    }
}
