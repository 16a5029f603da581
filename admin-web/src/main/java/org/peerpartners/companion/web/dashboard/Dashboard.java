package org.peerpartners.companion.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.peerpartners.companion.web.security.StaffPrincipal;
import org.peerpartners.companion.web.security.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a staff member sees first: what is coming up and what needs them, across the groups
 * they may see (the same rule as the groups page: a coach their own, a supervisor their
 * coaches', an administrator every group of the program).
 */
@Component
class Dashboard {

    /** Someone silent this long is worth a friendly call (PRODUCT.md: "who has gone quiet"). */
    static final Duration QUIET_AFTER = Duration.ofDays(7);
    static final Duration UPCOMING = Duration.ofDays(14);
    static final int LIST_LIMIT = 20;

    /** The viewer's groups; every query below joins it. */
    private static final String VISIBLE_GROUPS = """
            WITH visible AS (
                SELECT g.id, g.name, g.time_zone FROM peer_group g
                JOIN staff_user coach ON coach.id = g.coach_id
                WHERE g.program_id = :program AND g.archived_at IS NULL
                  AND (:role = 'ADMIN' OR g.coach_id = :viewer
                       OR (:role = 'SUPERVISOR' AND coach.supervisor_id = :viewer)))
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Dashboard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record NextMeeting(long groupId, String groupName, ZonedDateTime startsAt, String place, String skillTopic) {
    }

    record OpenAlert(long id, long participantId, String firstName, String groupName, ZonedDateTime raisedAt) {
    }

    /**
     * @param lastHeard when they last wrote to the bot, in their zone; null when they never have
     * @param enrolledOn shown instead when they never wrote
     */
    record QuietParticipant(long id, String firstName, long groupId, String groupName, ZonedDateTime lastHeard,
            java.time.LocalDate enrolledOn, long days) {
    }

    List<NextMeeting> nextMeetings(StaffPrincipal viewer) {
        Instant now = clock.instant();
        return visible(VISIBLE_GROUPS + """
                SELECT v.id AS group_id, v.name, v.time_zone, m.starts_at, m.place, m.skill_topic
                FROM visible v JOIN meeting m ON m.group_id = v.id
                WHERE m.status = 'SCHEDULED' AND m.starts_at > :now AND m.starts_at <= :until
                ORDER BY m.starts_at, v.name LIMIT :limit""", viewer)
                .param("now", utc(now)).param("until", utc(now.plus(UPCOMING))).param("limit", LIST_LIMIT)
                .query((row, n) -> new NextMeeting(row.getLong("group_id"), row.getString("name"),
                        row.getObject("starts_at", OffsetDateTime.class)
                                .atZoneSameInstant(ZoneId.of(row.getString("time_zone"))),
                        row.getString("place"), row.getString("skill_topic")))
                .list();
    }

    long openAlertCount(StaffPrincipal viewer) {
        return visible(VISIBLE_GROUPS + """
                SELECT count(*) FROM visible v JOIN participant p ON p.group_id = v.id
                JOIN safety_alert a ON a.participant_id = p.id WHERE a.acknowledged_at IS NULL""", viewer)
                .query(Long.class).single();
    }

    List<OpenAlert> openAlerts(StaffPrincipal viewer) {
        return visible(VISIBLE_GROUPS + """
                SELECT a.id, p.id AS participant_id, p.first_name, v.name, a.created_at, p.time_zone
                FROM visible v JOIN participant p ON p.group_id = v.id
                JOIN safety_alert a ON a.participant_id = p.id
                WHERE a.acknowledged_at IS NULL
                ORDER BY a.created_at, a.id LIMIT :limit""", viewer)
                .param("limit", LIST_LIMIT)
                .query((row, n) -> new OpenAlert(row.getLong("id"), row.getLong("participant_id"),
                        row.getString("first_name"), row.getString("name"),
                        row.getObject("created_at", OffsetDateTime.class)
                                .atZoneSameInstant(ZoneId.of(row.getString("time_zone")))))
                .list();
    }

    /**
     * Active, unpaused members with no message from any of their chats or numbers for
     * {@link #QUIET_AFTER} (or, if they never wrote, since the day they were enrolled),
     * longest silence first. Invited people who have not joined yet are not "quiet".
     * What a message left behind counts too (a check-in, a journal entry, a buddy
     * contact, spending they logged): each came from a message, and imported or demo data
     * may hold them without the message itself.
     */
    List<QuietParticipant> quiet(StaffPrincipal viewer) {
        Instant now = clock.instant();
        return visible(VISIBLE_GROUPS + """
                SELECT p.id, p.first_name, v.id AS group_id, v.name, p.time_zone, p.enrolled_on, last.heard
                FROM visible v JOIN participant p ON p.group_id = v.id
                LEFT JOIN LATERAL (
                    SELECT max(at) AS heard FROM (
                        SELECT max(i.received_at) AS at FROM channel_identity ci
                        JOIN inbound_message i ON i.channel = ci.channel AND i.sender_address = ci.address
                        WHERE ci.participant_id = p.id
                        UNION ALL
                        SELECT max(c.created_at) FROM action_plan ap JOIN plan_item pi ON pi.plan_id = ap.id
                        JOIN check_in c ON c.plan_item_id = pi.id WHERE ap.participant_id = p.id
                        UNION ALL
                        SELECT max(created_at) FROM journal_entry WHERE participant_id = p.id
                        UNION ALL
                        SELECT max(occurred_at) FROM buddy_contact WHERE from_participant_id = p.id
                        UNION ALL
                        SELECT max(spent_at) FROM spending_entry
                        WHERE participant_id = p.id AND created_by_staff_id IS NULL) heard_from) last ON true
                WHERE p.status = 'ACTIVE' AND (p.paused_until IS NULL OR p.paused_until <= :now)
                  AND coalesce(last.heard, p.enrolled_on::timestamp AT TIME ZONE p.time_zone) <= :quietSince
                ORDER BY coalesce(last.heard, p.enrolled_on::timestamp AT TIME ZONE p.time_zone), p.first_name
                LIMIT :limit""", viewer)
                .param("now", utc(now)).param("quietSince", utc(now.minus(QUIET_AFTER))).param("limit", LIST_LIMIT)
                .query((row, n) -> {
                    ZoneId zone = ZoneId.of(row.getString("time_zone"));
                    OffsetDateTime heard = row.getObject("heard", OffsetDateTime.class);
                    var enrolled = row.getObject("enrolled_on", java.time.LocalDate.class);
                    Instant since = heard != null ? heard.toInstant() : enrolled.atStartOfDay(zone).toInstant();
                    return new QuietParticipant(row.getLong("id"), row.getString("first_name"),
                            row.getLong("group_id"), row.getString("name"),
                            heard == null ? null : heard.atZoneSameInstant(zone), enrolled,
                            Duration.between(since, now).toDays());
                })
                .list();
    }

    /**
     * Inbound messages parked after their retries and outbound ones that failed for good:
     * the administrator's queue (the replay page is {@code /admin/parked}). Not per program:
     * an unknown sender's message belongs to no program yet.
     */
    long stuckMessages(StaffPrincipal viewer) {
        if (viewer.role() != StaffRole.ADMIN) {
            return 0;
        }
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM inbound_message WHERE status = 'PARKED')
                     + (SELECT count(*) FROM outbound_message WHERE status = 'FAILED')""")
                .query(Long.class).single();
    }

    private JdbcClient.StatementSpec visible(String sql, StaffPrincipal viewer) {
        return jdbc.sql(sql).param("program", viewer.programId()).param("role", viewer.role().name())
                .param("viewer", viewer.staffId());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
