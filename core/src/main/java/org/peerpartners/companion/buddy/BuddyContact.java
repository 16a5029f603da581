package org.peerpartners.companion.buddy;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/** That a participant reached out to their buddies, never what they said. */
public record BuddyContact(@Id Long id, Long buddySetId, Long fromParticipantId, Instant occurredAt) {

    public static BuddyContact of(Long buddySetId, Long fromParticipantId, Instant occurredAt) {
        return new BuddyContact(null, buddySetId, fromParticipantId, occurredAt);
    }
}
