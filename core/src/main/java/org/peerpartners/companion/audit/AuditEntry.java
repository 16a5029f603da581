package org.peerpartners.companion.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Who did what to which record, e.g. Coach Carmen viewed Ana's baseline interview. Never
 * changed or deleted (the table refuses it). Written through {@link AuditLog}.
 *
 * @param actorId the staff member, or null for the system or a participant
 * @param actor a readable name of who acted ("Coach Carmen", "system")
 * @param detail extra context; never confidential content
 */
@Table("audit_log")
public record AuditEntry(
        @Id Long id,
        Instant occurredAt,
        Long actorId,
        String actor,
        String action,
        String targetType,
        Long targetId,
        String detail) {
}
