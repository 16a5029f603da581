package org.peerpartners.companion.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Append-only on purpose: no update or delete methods (the table's trigger refuses them too). */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Optional<AuditEntry> findById(Long id);

    /** A record's audit trail, oldest first ("who has seen Ana's interview?"). */
    List<AuditEntry> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, Long targetId);

    /** What a staff member did in a time window, oldest first. */
    List<AuditEntry> findByActorIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAtAscIdAsc(
            Long actorId, Instant from, Instant to);
}
