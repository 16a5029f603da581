package org.peerpartners.companion.outcome;

public enum InterviewKind {
    /** at intake; one per participant */
    BASELINE,
    FOLLOW_UP
}
