package org.peerpartners.companion.buddy;

import java.time.Instant;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface BuddyContactRepository extends ListCrudRepository<BuddyContact, Long> {

    List<BuddyContact> findByFromParticipantIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAt(
            Long fromParticipantId, Instant from, Instant to);

    long countByFromParticipantIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(Long fromParticipantId,
            Instant from, Instant to);
}
