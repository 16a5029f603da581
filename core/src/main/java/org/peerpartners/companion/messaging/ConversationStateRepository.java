package org.peerpartners.companion.messaging;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

public interface ConversationStateRepository extends Repository<ConversationState, Long> {

    /** The state if it has not expired at {@code now}. */
    @Query("SELECT * FROM conversation_state WHERE channel_identity_id = :channelIdentityId AND expires_at > :now")
    Optional<ConversationState> findLive(Long channelIdentityId, Instant now);

    Optional<ConversationState> findById(Long channelIdentityId);

    /** Creates or replaces the state of one channel identity. */
    default void put(ConversationState state) {
        upsert(state.channelIdentityId(), state.state().text(), state.expiresAt(), state.updatedAt());
    }

    /** Use {@link #put}. */
    @Modifying
    @Query("""
            INSERT INTO conversation_state (channel_identity_id, state, expires_at, updated_at)
            VALUES (:channelIdentityId, CAST(:state AS jsonb), :expiresAt, :updatedAt)
            ON CONFLICT (channel_identity_id)
            DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at, updated_at = excluded.updated_at
            """)
    void upsert(Long channelIdentityId, String state, Instant expiresAt, Instant updatedAt);

    void deleteById(Long channelIdentityId);

    /** Forgets states that expired before {@code now}; returns how many. */
    @Modifying
    @Query("DELETE FROM conversation_state WHERE expires_at <= :now")
    int deleteExpired(Instant now);
}
