package cn.juece;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.juece.audit.AuditCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JueceApplication {

    public static void main(String[] args) {
        if (AuditCommand.requested(args)) {
            System.exit(AuditCommand.run(args));
        }
        SpringApplication.run(JueceApplication.class, args);
    }
}
