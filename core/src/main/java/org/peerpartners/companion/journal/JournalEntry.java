package org.peerpartners.companion.journal;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A participant's journal line. Private unless they chose to share it with their coach.
 *
 * @param promptKey the message-bundle key of the guided prompt it answers, if any
 */
public record JournalEntry(
        @Id Long id,
        Long participantId,
        String promptKey,
        String text,
        boolean sharedWithCoach,
        Instant createdAt) {

    public static JournalEntry write(Long participantId, String promptKey, String text, boolean sharedWithCoach,
            Instant now) {
        return new JournalEntry(null, participantId, promptKey, text, sharedWithCoach, now);
    }

    public JournalEntry withSharing(boolean shared) {
        return new JournalEntry(id, participantId, promptKey, text, shared, createdAt);
    }
}
