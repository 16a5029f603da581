package org.peerpartners.companion.group;

public enum MeetingStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
