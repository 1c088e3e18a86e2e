package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every Chinese message has its English twin and the other way round, none left empty. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        assertThat(chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
