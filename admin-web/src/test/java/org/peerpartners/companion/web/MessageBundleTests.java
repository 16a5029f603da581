package org.peerpartners.companion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessageBundleTests {

    /** Every bundle named in {@code spring.messages.basename}; one per area of the web. */
    static final List<String> BUNDLES = List.of("web/messages", "web/security", "web/group", "web/participant",
            "web/summary", "web/api");

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Properties english = load(bundle + ".properties");
            Properties spanish = load(bundle + "_es.properties");

            assertThat(spanish.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
        }
    }

    @Test
    void noTextIsLeftEmpty() throws IOException {
        for (String bundle : BUNDLES) {
            for (String file : new String[] {bundle + ".properties", bundle + "_es.properties"}) {
                load(file).forEach((key, text) -> assertThat(text.toString()).as(file + " " + key).isNotBlank());
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        var seen = new java.util.HashMap<String, String>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.put(key, bundle)).as(key + " in " + bundle).isNull();
            }
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
