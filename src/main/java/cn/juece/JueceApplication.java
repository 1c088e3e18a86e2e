package cn.juece;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JueceApplication {

    public static void main(String[] args) {
        SpringApplication.run(JueceApplication.class, args);
    }
}
