package org.peerpartners.companion.messaging;

import java.time.Instant;

import org.peerpartners.companion.database.Json;
import org.springframework.data.annotation.Id;

/**
 * A scheduled message (a reminder, a check-in prompt, a nudge) waiting for its time. The
 * sweep claims due rows and turns them into outbound messages; one row per dedup key, so
 * scheduling the same reminder twice does nothing the second time.
 *
 * @param kind what it is, e.g. {@code meeting-reminder-24h}
 * @param dueAt when to send, already moved out of quiet hours
 * @param originalDueAt when it was first meant to go, before any move
 * @param staleAt after this it is dropped instead of sent; null when it never goes stale
 * @param dedupKey deterministic, e.g. {@code meeting-reminder:41:7:24h}
 * @param payload what the message needs to be written (ids, not texts)
 */
public record DueMessage(
        @Id Long id,
        String kind,
        Long participantId,
        Long staffUserId,
        Instant dueAt,
        Instant originalDueAt,
        Instant staleAt,
        String dedupKey,
        Json payload,
        DueMessageStatus status,
        String reason,
        Instant createdAt,
        Instant processedAt) {

    public static DueMessage forParticipant(String kind, Long participantId, Instant dueAt, Instant staleAt,
            String dedupKey, Json payload, Instant now) {
        return new DueMessage(null, kind, participantId, null, dueAt, dueAt, staleAt, dedupKey, payload,
                DueMessageStatus.PENDING, null, now, null);
    }

    public static DueMessage forStaff(String kind, Long staffUserId, Instant dueAt, Instant staleAt, String dedupKey,
            Json payload, Instant now) {
        return new DueMessage(null, kind, null, staffUserId, dueAt, dueAt, staleAt, dedupKey, payload,
                DueMessageStatus.PENDING, null, now, null);
    }

    /** Moves the send time (out of quiet hours, past a pause), keeping the original. */
    public DueMessage rescheduledTo(Instant newDueAt) {
        return new DueMessage(id, kind, participantId, staffUserId, newDueAt, originalDueAt, staleAt, dedupKey,
                payload, status, reason, createdAt, processedAt);
    }

    public DueMessage sent(Instant now) {
        return finished(DueMessageStatus.SENT, null, now);
    }

    public DueMessage dropped(String why, Instant now) {
        return finished(DueMessageStatus.DROPPED, why, now);
    }

    public DueMessage cancelled(String why, Instant now) {
        return finished(DueMessageStatus.CANCELLED, why, now);
    }

    public boolean isStale(Instant now) {
        return staleAt != null && !now.isBefore(staleAt);
    }

    private DueMessage finished(DueMessageStatus newStatus, String why, Instant now) {
        return new DueMessage(id, kind, participantId, staffUserId, dueAt, originalDueAt, staleAt, dedupKey, payload,
                newStatus, why, createdAt, now);
    }
}
