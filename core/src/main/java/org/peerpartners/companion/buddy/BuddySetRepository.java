package org.peerpartners.companion.buddy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface BuddySetRepository extends ListCrudRepository<BuddySet, Long> {

    /** The set the participant belongs to at {@code at}; the coach keeps one active set per person. */
    @Query("""
            SELECT s.* FROM buddy_set s JOIN buddy_member m ON m.buddy_set_id = s.id
            WHERE m.participant_id = :participantId
              AND s.active_from <= :at AND (s.active_until IS NULL OR s.active_until > :at)
            ORDER BY s.active_from DESC, s.id DESC LIMIT 1
            """)
    Optional<BuddySet> findActiveFor(Long participantId, Instant at);

    /** The participant's current buddies (the other members of their active set), by id. */
    @Query("""
            SELECT other.participant_id FROM buddy_set s
            JOIN buddy_member me ON me.buddy_set_id = s.id AND me.participant_id = :participantId
            JOIN buddy_member other ON other.buddy_set_id = s.id AND other.participant_id <> :participantId
            WHERE s.active_from <= :at AND (s.active_until IS NULL OR s.active_until > :at)
            ORDER BY other.participant_id
            """)
    List<Long> findCurrentBuddyIds(Long participantId, Instant at);

    @Query("""
            SELECT * FROM buddy_set
            WHERE group_id = :groupId AND active_from <= :at AND (active_until IS NULL OR active_until > :at)
            ORDER BY id
            """)
    List<BuddySet> findActiveInGroup(Long groupId, Instant at);
}
