package org.peerpartners.companion.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface DueMessageRepository extends ListCrudRepository<DueMessage, Long> {

    Optional<DueMessage> findByDedupKey(String dedupKey);

    /**
     * Schedules the message unless one with the same dedup key exists (whatever its status).
     * Unlike {@code save}, a duplicate does not abort the caller's transaction.
     *
     * @return true when it was scheduled, false when it already was
     */
    default boolean scheduleOnce(DueMessage message) {
        return insertIfAbsent(message.kind(), message.participantId(), message.staffUserId(), message.dueAt(),
                message.originalDueAt(), message.staleAt(), message.dedupKey(), message.payload().text(),
                message.status().name(), message.createdAt()) == 1;
    }

    /** Use {@link #scheduleOnce}. */
    @Modifying
    @Query("""
            INSERT INTO due_message (kind, participant_id, staff_user_id, due_at, original_due_at, stale_at,
                dedup_key, payload, status, created_at)
            VALUES (:kind, :participantId, :staffUserId, :dueAt, :originalDueAt, :staleAt,
                :dedupKey, CAST(:payload AS jsonb), :status, :createdAt)
            ON CONFLICT (dedup_key) DO NOTHING
            """)
    int insertIfAbsent(String kind, Long participantId, Long staffUserId, Instant dueAt, Instant originalDueAt,
            Instant staleAt, String dedupKey, String payload, String status, Instant createdAt);

    /**
     * Claims up to {@code limit} pending messages due by {@code now}, oldest first, locking
     * them until the transaction ends; rows another instance holds are skipped, not waited for.
     */
    @Query("""
            SELECT * FROM due_message
            WHERE status = 'PENDING' AND due_at <= :now
            ORDER BY due_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """)
    List<DueMessage> claimDue(Instant now, int limit);

    /** Cancels a participant's pending messages of one kind (e.g. after PAUSE); returns how many. */
    @Modifying
    @Query("""
            UPDATE due_message SET status = 'CANCELLED', reason = :reason, processed_at = :now
            WHERE participant_id = :participantId AND kind = :kind AND status = 'PENDING'
            """)
    int cancelPending(Long participantId, String kind, String reason, Instant now);

    List<DueMessage> findByParticipantIdAndStatusOrderByDueAt(Long participantId, DueMessageStatus status);
}
