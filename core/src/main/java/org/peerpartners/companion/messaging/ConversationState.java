package org.peerpartners.companion.messaging;

import java.time.Instant;

import org.peerpartners.companion.database.Json;
import org.springframework.data.annotation.Id;

/**
 * Where an open conversation with one chat or phone number stands (e.g. waiting for a 0–10
 * rating after DONE 2). Keyed by the channel identity; written with
 * {@link ConversationStateRepository#put}, since its id is not generated.
 *
 * @param state the dialog's own serialized state
 * @param expiresAt after this the question is forgotten and the next message is read as a command
 */
public record ConversationState(@Id Long channelIdentityId, Json state, Instant expiresAt, Instant updatedAt) {

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
