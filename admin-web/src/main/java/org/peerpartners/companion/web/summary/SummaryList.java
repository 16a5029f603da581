package org.peerpartners.companion.web.summary;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The summaries a staff member may read, newest meeting first: the same groups as their
 * group list (a coach their own, a supervisor their coaches', an administrator the program's).
 */
@Component
class SummaryList {

    /** How many rows the list shows; older ones stay reachable from the group. */
    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    SummaryList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the list; times in the group's zone. */
    record Row(long id, long groupId, String groupName, ZonedDateTime meetingStartsAt, ZonedDateTime builtAt,
            int people, int quiet, int alerts) {
    }

    List<Row> visibleTo(StaffPrincipal viewer) {
        return jdbc.sql("""
                SELECT s.id, s.group_id, g.name, g.time_zone, m.starts_at, s.built_at,
                       jsonb_array_length(s.content -> 'participants') AS people,
                       jsonb_array_length(s.content -> 'group' -> 'quiet') AS quiet,
                       (SELECT count(*) FROM jsonb_array_elements(s.content -> 'participants') p,
                               jsonb_array_elements(p -> 'safetyAlerts') a) AS alerts
                FROM meeting_summary s
                JOIN meeting m ON m.id = s.meeting_id
                JOIN peer_group g ON g.id = s.group_id
                JOIN staff_user coach ON coach.id = g.coach_id
                WHERE g.program_id = :program
                  AND (:role = 'ADMIN' OR g.coach_id = :viewer
                       OR (:role = 'SUPERVISOR' AND coach.supervisor_id = :viewer))
                ORDER BY m.starts_at DESC, s.id DESC
                LIMIT :limit""")
                .param("program", viewer.programId())
                .param("role", viewer.role().name())
                .param("viewer", viewer.staffId())
                .param("limit", LIMIT)
                .query((row, n) -> {
                    ZoneId zone = ZoneId.of(row.getString("time_zone"));
                    return new Row(row.getLong("id"), row.getLong("group_id"), row.getString("name"),
                            row.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(zone),
                            row.getObject("built_at", OffsetDateTime.class).atZoneSameInstant(zone),
                            row.getInt("people"), row.getInt("quiet"), row.getInt("alerts"));
                })
                .list();
    }
}
