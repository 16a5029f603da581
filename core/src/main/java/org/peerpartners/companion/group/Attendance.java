package org.peerpartners.companion.group;

import org.springframework.data.relational.core.mapping.Table;

/** Whether one participant came to one meeting; part of the {@link Meeting} aggregate. */
@Table("attendance")
public record Attendance(Long participantId, AttendanceStatus status) {
}
