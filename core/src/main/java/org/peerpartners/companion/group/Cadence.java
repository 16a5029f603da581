package org.peerpartners.companion.group;

/** How often a group meets; the program runs weekly or every two weeks. */
public enum Cadence {
    WEEKLY(1),
    BIWEEKLY(2);

    private final int weeks;

    Cadence(int weeks) {
        this.weeks = weeks;
    }

    /** Weeks between two meetings. */
    public int weeks() {
        return weeks;
    }
}
