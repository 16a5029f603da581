package org.peerpartners.companion.goal;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A participant's social goal ("I want one friend to have coffee with"). Goals change, and
 * the old ones are kept: replacing a goal marks it replaced and points to its successor.
 * At most one current goal of each kind per participant (a partial unique index).
 */
public record Goal(
        @Id Long id,
        Long participantId,
        GoalKind kind,
        String text,
        Instant setAt,
        Instant replacedAt,
        Long replacedById) {

    public static Goal set(Long participantId, GoalKind kind, String text, Instant now) {
        return new Goal(null, participantId, kind, text, now, null, null);
    }

    public boolean isCurrent() {
        return replacedAt == null;
    }

    Goal replacedAt(Instant now) {
        return new Goal(id, participantId, kind, text, setAt, now, replacedById);
    }

    Goal replacedBy(Long successorId) {
        return new Goal(id, participantId, kind, text, setAt, replacedAt, successorId);
    }
}
