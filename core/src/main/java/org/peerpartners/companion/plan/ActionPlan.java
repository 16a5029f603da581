package org.peerpartners.companion.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;

/**
 * A participant's social action plan for one week (one per participant and week). Its
 * items are a separate aggregate, {@link PlanItem}, because check-ins, budget allocations
 * and spending refer to items.
 *
 * @param weekStart the first day of the week the plan covers
 */
public record ActionPlan(@Id Long id, Long participantId, LocalDate weekStart, Instant createdAt) {

    public static ActionPlan create(Long participantId, LocalDate weekStart, Instant now) {
        return new ActionPlan(null, participantId, weekStart, now);
    }
}
