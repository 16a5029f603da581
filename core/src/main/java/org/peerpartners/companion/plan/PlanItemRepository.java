package org.peerpartners.companion.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Add items through {@link WeeklyPlanner#addItem}, which numbers them safely. */
public interface PlanItemRepository extends ListCrudRepository<PlanItem, Long> {

    /** The plan's items as the participant sees them: removed ones left out, by number. */
    List<PlanItem> findByPlanIdAndRemovedAtIsNullOrderByNumber(Long planId);

    Optional<PlanItem> findByPlanIdAndNumber(Long planId, int number);

    /** The number the plan's next item gets: one past the highest ever used, removed items included. */
    @Query("SELECT coalesce(max(number), 0) + 1 FROM plan_item WHERE plan_id = :planId")
    int nextNumber(Long planId);

    /** A participant's items planned for a day (in their zone), from any of their plans. */
    @Query("""
            SELECT i.* FROM plan_item i JOIN action_plan p ON p.id = i.plan_id
            WHERE p.participant_id = :participantId AND i.planned_on = :day AND i.removed_at IS NULL
            ORDER BY i.planned_time NULLS LAST, i.number
            """)
    List<PlanItem> findPlannedOn(Long participantId, LocalDate day);
}
