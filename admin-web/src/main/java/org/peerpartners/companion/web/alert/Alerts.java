package org.peerpartners.companion.web.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.safety.SafetyAlert;
import org.peerpartners.companion.safety.SafetyAlertRepository;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safety alerts of the groups a staff member may read (their own, their coaches', or every
 * group for an administrator), open ones first. Times are in the participant's time zone.
 */
@Component
class Alerts {

    /** One alert for the pages. {@code messageAt} is when the matched message arrived. */
    record AlertView(long id, long participantId, String firstName, String groupName, String matched,
            ZonedDateTime raisedAt, ZonedDateTime messageAt, ZonedDateTime acknowledgedAt, String acknowledgedBy,
            String followUpNote) {

        public boolean open() {
            return acknowledgedAt == null;
        }
    }

    private static final String SELECT = """
            SELECT a.id, a.participant_id, p.first_name, p.time_zone, g.name AS group_name, a.matched, a.created_at,
                   m.received_at, a.acknowledged_at, ack.display_name AS acknowledged_by, a.follow_up_note
            FROM safety_alert a
            JOIN participant p ON p.id = a.participant_id
            JOIN peer_group g ON g.id = p.group_id
            JOIN staff_user coach ON coach.id = g.coach_id
            LEFT JOIN inbound_message m ON m.id = a.inbound_message_id
            LEFT JOIN staff_user ack ON ack.id = a.acknowledged_by
            WHERE g.program_id = :program
              AND (:role = 'ADMIN' OR g.coach_id = :viewer OR (:role = 'SUPERVISOR' AND coach.supervisor_id = :viewer))
            """;

    /** The list is for today's work; a long tail of handled alerts stays in the database. */
    private static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final SafetyAlertRepository alerts;
    private final AuditLog audit;
    private final Clock clock;

    Alerts(JdbcClient jdbc, SafetyAlertRepository alerts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open alerts first (oldest first: they have waited longest), then acknowledged ones, newest first. */
    List<AlertView> visibleTo(StaffPrincipal viewer) {
        return jdbc.sql(SELECT + """
                ORDER BY (a.acknowledged_at IS NULL) DESC,
                         CASE WHEN a.acknowledged_at IS NULL THEN a.created_at END ASC,
                         a.created_at DESC, a.id DESC
                LIMIT :limit""")
                .param("program", viewer.programId()).param("role", viewer.role().name())
                .param("viewer", viewer.staffId()).param("limit", LIMIT)
                .query((row, n) -> view(row))
                .list();
    }

    Optional<AlertView> find(StaffPrincipal viewer, long alertId) {
        return jdbc.sql(SELECT + " AND a.id = :id")
                .param("program", viewer.programId()).param("role", viewer.role().name())
                .param("viewer", viewer.staffId()).param("id", alertId)
                .query((row, n) -> view(row))
                .optional();
    }

    /** Acknowledges an open alert with the note, or changes the note of an acknowledged one; audited. */
    @Transactional
    void acknowledge(StaffPrincipal viewer, long alertId, String note) {
        SafetyAlert alert = alerts.findById(alertId).orElseThrow();
        if (!alert.isAcknowledged()) {
            alerts.save(alert.acknowledge(viewer.staffId(), clock.instant(), note));
            audit.record(viewer.staffId(), viewer.displayName(), "ACKNOWLEDGE_ALERT", "safety_alert", alertId,
                    note == null ? "no note" : "with a follow-up note");
        } else {
            jdbc.sql("UPDATE safety_alert SET follow_up_note = :note WHERE id = :id")
                    .param("note", note).param("id", alertId).update();
            audit.record(viewer.staffId(), viewer.displayName(), "ALERT_NOTE", "safety_alert", alertId,
                    "follow-up note changed");
        }
    }

    private static AlertView view(ResultSet row) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("time_zone"));
        return new AlertView(row.getLong("id"), row.getLong("participant_id"), row.getString("first_name"),
                row.getString("group_name"), row.getString("matched"), at(row, "created_at", zone),
                at(row, "received_at", zone), at(row, "acknowledged_at", zone), row.getString("acknowledged_by"),
                row.getString("follow_up_note"));
    }

    private static ZonedDateTime at(ResultSet row, String column, ZoneId zone) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone);
    }
}
