package org.peerpartners.companion.safety;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SafetyAlertRepository extends ListCrudRepository<SafetyAlert, Long> {

    List<SafetyAlert> findByParticipantIdAndAcknowledgedAtIsNullOrderByCreatedAt(Long participantId);

    /** A participant's alerts since {@code since}, acknowledged or not: for the pre-group summary. */
    List<SafetyAlert> findByParticipantIdAndCreatedAtGreaterThanEqualOrderByCreatedAt(Long participantId,
            Instant since);

    /** Open alerts for everyone in the coach's groups, oldest first. */
    @Query("""
            SELECT a.* FROM safety_alert a
            JOIN participant p ON p.id = a.participant_id
            JOIN peer_group g ON g.id = p.group_id
            WHERE g.coach_id = :coachId AND a.acknowledged_at IS NULL
            ORDER BY a.created_at, a.id
            """)
    List<SafetyAlert> findOpenForCoach(Long coachId);
}
