package org.peerpartners.companion.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CheckInRepository extends ListCrudRepository<CheckIn, Long> {

    List<CheckIn> findByPlanItemIdOrderByCreatedAtAscIdAsc(Long planItemId);

    @Query("""
            SELECT * FROM check_in WHERE plan_item_id = :planItemId
            ORDER BY created_at DESC, id DESC LIMIT 1
            """)
    Optional<CheckIn> findLatest(Long planItemId);

    /** Every check-in of a participant in a time window, oldest first: for the pre-group summary. */
    @Query("""
            SELECT c.* FROM check_in c
            JOIN plan_item i ON i.id = c.plan_item_id
            JOIN action_plan p ON p.id = i.plan_id
            WHERE p.participant_id = :participantId AND c.created_at >= :from AND c.created_at < :to
            ORDER BY c.created_at, c.id
            """)
    List<CheckIn> findByParticipantBetween(Long participantId, Instant from, Instant to);
}
