package org.peerpartners.companion.outcome;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;

/**
 * A quality-of-life interview with the person's hospital and ER history. The three
 * confidential fields are ciphertext only, produced and read by the field encryption;
 * this record never sees plain text.
 */
public record Interview(
        @Id Long id,
        Long participantId,
        InterviewKind kind,
        LocalDate interviewedOn,
        Long interviewerId,
        byte[] indicatorsEncrypted,
        byte[] historyEncrypted,
        byte[] notesEncrypted,
        Instant createdAt) {
}
