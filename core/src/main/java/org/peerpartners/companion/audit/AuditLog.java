package org.peerpartners.companion.audit;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. Joins the caller's transaction, so an audited action and its
 * audit entry are committed together or not at all.
 */
@Component
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} to a record.
     *
     * @param actorId the staff member's id, or null for the system or a participant
     * @param actor a readable name of who acted
     * @param action what they did, e.g. {@code VIEW_INTERVIEW}
     * @param targetType the kind of record, e.g. {@code interview}
     * @param targetId the record's id, if it has one
     * @param detail extra context; never confidential content
     */
    @Transactional
    public AuditEntry record(Long actorId, String actor, String action, String targetType, Long targetId,
            String detail) {
        return entries.save(new AuditEntry(null, clock.instant(), actorId, actor, action, targetType, targetId,
                detail));
    }
}
