package org.peerpartners.companion.web.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.participant.ParticipantAccess;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.peerpartners.companion.web.security.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open a participant's confidential intake. Their coach and that coach's supervisor
 * may. An administrator of the program may only through a break-glass: they give a reason,
 * it is audited, and they get {@link #BREAK_GLASS_TIME} of access to that one participant's
 * intake; every view during it is audited too. Anyone else finds nothing there (404).
 */
@Component
class IntakeAccess {

    /** Long enough to deal with the emergency, short enough that the access does not linger. */
    static final Duration BREAK_GLASS_TIME = Duration.ofMinutes(15);

    enum Route {
        /** the coach or their supervisor */
        CARE_TEAM,
        /** an administrator within a break-glass grant */
        BREAK_GLASS
    }

    private final ParticipantAccess access;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    IntakeAccess(ParticipantAccess access, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<Route> route(StaffPrincipal viewer, long participantId) {
        if (viewer == null) {
            return Optional.empty();
        }
        if (access.maySee(viewer.getUsername(), participantId)) {
            return Optional.of(Route.CARE_TEAM);
        }
        if (mayBreakGlass(viewer, participantId) && grantedUntil(viewer, participantId).isPresent()) {
            return Optional.of(Route.BREAK_GLASS);
        }
        return Optional.empty();
    }

    /** An administrator who may read the participant's ordinary records may ask for a break-glass. */
    boolean mayBreakGlass(StaffPrincipal viewer, long participantId) {
        return viewer != null && viewer.role() == StaffRole.ADMIN && access.mayRead(viewer.getUsername(), participantId);
    }

    Optional<Instant> grantedUntil(StaffPrincipal viewer, long participantId) {
        return jdbc.sql("""
                SELECT max(expires_at) FROM break_glass
                WHERE staff_user_id = :staff AND participant_id = :participant AND expires_at > :now""")
                .param("staff", viewer.staffId()).param("participant", participantId)
                .param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> {
                    Timestamp until = row.getTimestamp(1);
                    return until == null ? null : until.toInstant();
                })
                .optional();
    }

    /** Grants the break-glass and audits it with the reason; both or neither are stored. */
    @Transactional
    Instant breakGlass(StaffPrincipal viewer, long participantId, String reason) {
        Instant now = clock.instant();
        Instant until = now.plus(BREAK_GLASS_TIME);
        jdbc.sql("""
                INSERT INTO break_glass (staff_user_id, participant_id, reason, granted_at, expires_at)
                VALUES (:staff, :participant, :reason, :now, :until)""")
                .param("staff", viewer.staffId()).param("participant", participantId).param("reason", reason)
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(until))
                .update();
        audit.record(viewer.staffId(), viewer.displayName(), "BREAK_GLASS", "participant", participantId,
                "intake access for " + BREAK_GLASS_TIME.toMinutes() + " min; reason: " + reason);
        return until;
    }
}
