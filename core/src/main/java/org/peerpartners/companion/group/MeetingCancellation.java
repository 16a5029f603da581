package org.peerpartners.companion.group;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One occurrence of a series that will not take place (a holiday, the coach is away). */
@Table("meeting_cancellation")
public record MeetingCancellation(LocalDate occursOn, String reason) {
}
