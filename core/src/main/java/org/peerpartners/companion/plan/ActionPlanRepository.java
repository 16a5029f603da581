package org.peerpartners.companion.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ActionPlanRepository extends ListCrudRepository<ActionPlan, Long> {

    Optional<ActionPlan> findByParticipantIdAndWeekStart(Long participantId, LocalDate weekStart);

    List<ActionPlan> findByParticipantIdOrderByWeekStartDesc(Long participantId);

    /** Locks the plan row until the transaction ends, so items get their numbers one at a time. */
    @Query("SELECT * FROM action_plan WHERE id = :id FOR UPDATE")
    Optional<ActionPlan> lockById(Long id);
}
