package org.peerpartners.companion.web.group;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The groups a staff member may see, within their own program: a coach their own groups, a
 * supervisor also the groups of the coaches they supervise, an administrator every group.
 * Archived groups are left out; members are everyone not exited.
 */
@Component
public class GroupDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    GroupDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<GroupSummary> visibleTo(StaffPrincipal viewer) {
        return jdbc.sql("""
                SELECT g.id, g.name, g.time_zone, coach.display_name AS coach_name,
                       (SELECT count(*) FROM participant p
                         WHERE p.group_id = g.id AND p.status <> 'EXITED') AS members,
                       next.starts_at, next.place
                FROM peer_group g
                JOIN staff_user coach ON coach.id = g.coach_id
                LEFT JOIN LATERAL (
                    SELECT m.starts_at, m.place FROM meeting m
                    WHERE m.group_id = g.id AND m.status = 'SCHEDULED' AND m.starts_at > :now
                    ORDER BY m.starts_at LIMIT 1) next ON true
                WHERE g.program_id = :program AND g.archived_at IS NULL
                  AND (:role = 'ADMIN' OR g.coach_id = :viewer
                       OR (:role = 'SUPERVISOR' AND coach.supervisor_id = :viewer))
                ORDER BY g.name, g.id""")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("program", viewer.programId())
                .param("role", viewer.role().name())
                .param("viewer", viewer.staffId())
                .query((row, n) -> {
                    OffsetDateTime next = row.getObject("starts_at", OffsetDateTime.class);
                    ZoneId zone = ZoneId.of(row.getString("time_zone"));
                    return new GroupSummary(row.getLong("id"), row.getString("name"), row.getString("coach_name"),
                            row.getInt("members"), next == null ? null : next.atZoneSameInstant(zone),
                            row.getString("place"));
                })
                .list();
    }
}
