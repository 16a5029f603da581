package org.peerpartners.companion.group;

import java.time.Period;

/** How often a group meets. */
public enum Cadence {
    WEEKLY(Period.ofWeeks(1)),
    BIWEEKLY(Period.ofWeeks(2));

    private final Period interval;

    Cadence(Period interval) {
        this.interval = interval;
    }

    public Period interval() {
        return interval;
    }
}
