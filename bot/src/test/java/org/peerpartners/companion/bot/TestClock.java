package org.peerpartners.companion.bot;

import java.time.Instant;

import org.peerpartners.companion.testing.MovableClock;
import org.springframework.stereotype.Component;

/** The movable clock that replaces the system clock in every bot test context, starting at {@link #START}. */
@Component
public class TestClock extends MovableClock {

    public static final Instant START = Instant.parse("2026-03-02T15:00:00Z");

    public TestClock() {
        super(START);
    }

    public void reset() {
        set(START);
    }
}
