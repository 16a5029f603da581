package org.peerpartners.companion.group;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    Optional<Meeting> findByGroupIdAndStartsAt(Long groupId, Instant startsAt);

    /** The group's next meeting that will take place, starting after {@code after}. */
    @Query("""
            SELECT * FROM meeting
            WHERE group_id = :groupId AND starts_at > :after AND status = 'SCHEDULED'
            ORDER BY starts_at LIMIT 1
            """)
    Optional<Meeting> findNext(Long groupId, Instant after);

    /** The group's latest meeting that started before {@code before} and was not cancelled. */
    @Query("""
            SELECT * FROM meeting
            WHERE group_id = :groupId AND starts_at < :before AND status <> 'CANCELLED'
            ORDER BY starts_at DESC LIMIT 1
            """)
    Optional<Meeting> findPrevious(Long groupId, Instant before);

    List<Meeting> findByGroupIdAndStartsAtBetweenOrderByStartsAt(Long groupId, Instant from, Instant to);
}
