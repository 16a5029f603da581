package org.peerpartners.companion.group;

public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
