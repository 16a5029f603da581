package org.peerpartners.companion;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The admin web on its own, for its tests; "now" is Monday 23 November 2026, 10:00 in New York. */
@SpringBootApplication
public class AdminWebTestApplication {

    public static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
