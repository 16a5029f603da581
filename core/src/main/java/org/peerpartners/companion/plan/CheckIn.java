package org.peerpartners.companion.plan;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A participant's report on one plan item. A person may check in more than once (first
 * "partly", later "done"); the latest counts.
 *
 * @param confidence how confident they feel now, 0–10, if they answered
 * @param achievement how much they feel they achieved, 0–10, if they answered
 */
public record CheckIn(
        @Id Long id,
        Long planItemId,
        CheckInOutcome outcome,
        Integer confidence,
        Integer achievement,
        String note,
        Instant createdAt) {

    public static CheckIn record(Long planItemId, CheckInOutcome outcome, Instant now) {
        return new CheckIn(null, planItemId, outcome, null, null, null, now);
    }

    public CheckIn withRatings(Integer newConfidence, Integer newAchievement) {
        return new CheckIn(id, planItemId, outcome, newConfidence, newAchievement, note, createdAt);
    }

    public CheckIn withNote(String newNote) {
        return new CheckIn(id, planItemId, outcome, confidence, achievement, newNote, createdAt);
    }
}
