package org.peerpartners.companion.messaging;

public enum DueMessageStatus {
    PENDING,
    /** turned into an outbound message */
    SENT,
    /** not sent because it went stale (e.g. a reminder for an activity that has passed) */
    DROPPED,
    /** no longer wanted (the meeting was cancelled, the person paused or left) */
    CANCELLED
}
