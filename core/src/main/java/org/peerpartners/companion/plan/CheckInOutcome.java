package org.peerpartners.companion.plan;

/** How a planned activity went. Never a failure: the third outcome is "not this time". */
public enum CheckInOutcome {
    DONE,
    PARTLY,
    NOT_THIS_TIME
}
