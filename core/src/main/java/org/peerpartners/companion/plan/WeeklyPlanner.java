package org.peerpartners.companion.plan;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens weekly plans and adds numbered items to them. */
@Component
public class WeeklyPlanner {

    private final ActionPlanRepository plans;
    private final PlanItemRepository items;
    private final JdbcClient jdbc;
    private final Clock clock;

    WeeklyPlanner(ActionPlanRepository plans, PlanItemRepository items, JdbcClient jdbc, Clock clock) {
        this.plans = plans;
        this.items = items;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The participant's plan for the week, created if there is none yet (safe when two callers race). */
    @Transactional
    public ActionPlan planFor(Long participantId, LocalDate weekStart) {
        jdbc.sql("""
                INSERT INTO action_plan (participant_id, week_start, created_at)
                VALUES (:participantId, :weekStart, :now)
                ON CONFLICT (participant_id, week_start) DO NOTHING
                """)
                .param("participantId", participantId).param("weekStart", weekStart)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        return plans.findByParticipantIdAndWeekStart(participantId, weekStart).orElseThrow();
    }

    /**
     * Adds an item with the plan's next number. The plan row is locked while numbering, so
     * two items added at the same moment (an SMS and the coach's web page) get different numbers.
     */
    @Transactional
    public PlanItem addItem(Long planId, NewPlanItem item) {
        plans.lockById(planId).orElseThrow(() -> new IllegalArgumentException("No action plan " + planId));
        int number = items.nextNumber(planId);
        return items.save(new PlanItem(null, planId, number, item.text(), item.plannedOn(), item.plannedTime(),
                item.goalId(), item.activityId(), item.estimatedCost(), item.confidenceBefore(), clock.instant(),
                null));
    }
}
