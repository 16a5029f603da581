package org.peerpartners.companion.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A clock stopped at {@link #NOW} (a Monday afternoon), for tests that must not depend on the time they run. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

    /** Monday 23 November 2026, 10:00 in New York, 09:00 in Chicago. */
    public static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
