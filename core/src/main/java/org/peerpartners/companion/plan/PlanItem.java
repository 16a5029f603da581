package org.peerpartners.companion.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.data.annotation.Id;

/**
 * One activity in a weekly plan. Participants refer to items by {@code number} ("DONE 2"),
 * so numbers are never reused within a plan, not even after an item is removed.
 *
 * @param plannedOn the day, in the participant's time zone, if one was given
 * @param plannedTime the time of day, only with a day
 * @param confidenceBefore how sure the person felt beforehand, 0–10
 */
public record PlanItem(
        @Id Long id,
        Long planId,
        int number,
        String text,
        LocalDate plannedOn,
        LocalTime plannedTime,
        Long goalId,
        Long activityId,
        BigDecimal estimatedCost,
        Integer confidenceBefore,
        Instant createdAt,
        Instant removedAt) {

    public PlanItem withConfidenceBefore(Integer confidence) {
        return new PlanItem(id, planId, number, text, plannedOn, plannedTime, goalId, activityId, estimatedCost,
                confidence, createdAt, removedAt);
    }

    public PlanItem remove(Instant now) {
        return new PlanItem(id, planId, number, text, plannedOn, plannedTime, goalId, activityId, estimatedCost,
                confidenceBefore, createdAt, now);
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
