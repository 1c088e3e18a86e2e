package cn.juece.security;

import java.security.SecureRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo users' password: from {@code JUECE_DEMO_PASSWORD} (or {@code juece.demo.password})
 * when set, otherwise generated at start and printed, so no password is ever committed.
 */
@Component
public class DemoPassword {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY345679";

    private final String password;
    private final boolean generated;

    DemoPassword(@Value("${juece.demo.password:}") String configured) {
        this.generated = configured == null || configured.isBlank();
        this.password = generated ? generate() : configured;
    }

    public String value() {
        return password;
    }

    public boolean isGenerated() {
        return generated;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
