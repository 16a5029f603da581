package org.peerpartners.companion.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a participant or coach adds to a plan; the planner gives it its number.
 * Only {@code text} is required.
 */
public record NewPlanItem(
        String text,
        LocalDate plannedOn,
        LocalTime plannedTime,
        Long goalId,
        Long activityId,
        BigDecimal estimatedCost,
        Integer confidenceBefore) {

    public NewPlanItem {
        if (plannedTime != null && plannedOn == null) {
            throw new IllegalArgumentException("A planned time needs a planned day");
        }
    }

    public static NewPlanItem of(String text) {
        return new NewPlanItem(text, null, null, null, null, null, null);
    }

    public NewPlanItem on(LocalDate day, LocalTime time) {
        return new NewPlanItem(text, day, time, goalId, activityId, estimatedCost, confidenceBefore);
    }

    public NewPlanItem forGoal(Long id) {
        return new NewPlanItem(text, plannedOn, plannedTime, id, activityId, estimatedCost, confidenceBefore);
    }

    public NewPlanItem fromCatalogue(Long id, BigDecimal cost) {
        return new NewPlanItem(text, plannedOn, plannedTime, goalId, id, cost, confidenceBefore);
    }

    public NewPlanItem withConfidence(Integer confidence) {
        return new NewPlanItem(text, plannedOn, plannedTime, goalId, activityId, estimatedCost, confidence);
    }
}
