package org.peerpartners.companion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessageBundleTests {

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Properties english = load("web/messages.properties");
        Properties spanish = load("web/messages_es.properties");

        assertThat(english).isNotEmpty();
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        for (String bundle : new String[] {"web/messages.properties", "web/messages_es.properties"}) {
            load(bundle).forEach((key, text) -> assertThat(text.toString()).as(bundle + " " + key).isNotBlank());
        }
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundleTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
