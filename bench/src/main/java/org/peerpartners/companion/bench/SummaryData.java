package org.peerpartners.companion.bench;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generates a program's history for the summary benchmark with set-based SQL
 * ({@code generate_series}), one statement per table: {@code groups} groups of
 * {@code perGroup} participants, {@code weeks} weeks back from {@code now}. Every week each
 * participant has a plan of 3 items (2 checked in), a spending entry, a journal line (a
 * third shared), 2 messages to the bot, a buddy contact and a meeting (with attendance);
 * every month a budget allocation; every 13 weeks a goal change; a safety alert every 13
 * weeks for 1 in 7. One participant in 10 has been quiet for the last two weeks. Each
 * group's next meeting is within the coming week.
 */
final class SummaryData {

    private final JdbcClient jdbc;
    private final int groups;
    private final int perGroup;
    private final int weeks;
    private final OffsetDateTime now;

    SummaryData(JdbcClient jdbc, int groups, int perGroup, int weeks, Instant now) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.perGroup = perGroup;
        this.weeks = weeks;
        this.now = now.atOffset(ZoneOffset.UTC);
    }

    /** Writes everything; returns seconds per table, in order. */
    Map<String, Double> generate() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        step(seconds, "program, staff, groups", """
                WITH program AS (INSERT INTO program (name, time_zone) VALUES ('Bench program', 'America/New_York')
                                 RETURNING id),
                     coaches AS (INSERT INTO staff_user (program_id, email, display_name, role, time_zone, language)
                                 SELECT program.id, 'coach' || g || '@bench.example', 'Coach ' || g, 'COACH',
                                        'America/New_York', CASE WHEN g % 3 = 0 THEN 'es' ELSE 'en' END
                                 FROM program, generate_series(1, :groups) g RETURNING id, program_id)
                INSERT INTO peer_group (program_id, name, coach_id, time_zone)
                SELECT program_id, 'Group ' || id, id, 'America/New_York' FROM coaches ORDER BY id""");
        step(seconds, "meetings", """
                INSERT INTO meeting (group_id, starts_at, ends_at, place, status)
                SELECT g.id, s.start, s.start + interval '90 minutes', 'Library',
                       CASE WHEN k < 0 THEN 'HELD' ELSE 'SCHEDULED' END
                FROM peer_group g
                CROSS JOIN generate_series(-:weeks, 0) k
                CROSS JOIN LATERAL (SELECT CAST(:now AS timestamptz) + interval '3 hours'
                                           + (g.id % 7) * interval '1 day' + k * interval '1 week' AS start) s""");
        step(seconds, "participants", """
                INSERT INTO participant (group_id, first_name, language, time_zone, monthly_allowance, enrolled_on)
                SELECT g.id, 'P' || g.id || '-' || n, CASE WHEN n % 4 = 0 THEN 'es' ELSE 'en' END,
                       'America/New_York', 50, CAST(:now AS date) - 7 * :weeks - 7
                FROM peer_group g CROSS JOIN generate_series(1, :perGroup) n""");
        step(seconds, "channel identities", """
                INSERT INTO channel_identity (channel, address, participant_id, linked_at)
                SELECT 'SMS', '+1555' || lpad(p.id::text, 7, '0'), p.id, CAST(:now AS timestamptz) - 7 * :weeks * interval '1 day'
                FROM participant p""");
        step(seconds, "plans", """
                INSERT INTO action_plan (participant_id, week_start, created_at)
                SELECT p.id, CAST(date_trunc('week', CAST(:now AS timestamp)) AS date) - 7 * w,
                       CAST(:now AS timestamptz) - w * interval '1 week'
                FROM participant p CROSS JOIN generate_series(0, :weeks) w""");
        step(seconds, "plan items", """
                INSERT INTO plan_item (plan_id, number, text, planned_on, confidence_before, created_at)
                SELECT ap.id, n, 'Plan item ' || n || ' of week ' || ap.week_start, ap.week_start + 2 * n, 4 + n,
                       ap.created_at
                FROM action_plan ap CROSS JOIN generate_series(1, 3) n""");
        step(seconds, "check-ins", """
                INSERT INTO check_in (plan_item_id, outcome, confidence, achievement, created_at)
                SELECT pi.id, (ARRAY['DONE', 'PARTLY', 'NOT_THIS_TIME'])[1 + pi.id % 3], 3 + pi.id % 7, 2 + pi.id % 8,
                       (pi.planned_on + time '21:00') AT TIME ZONE 'America/New_York'
                FROM plan_item pi
                WHERE pi.number <= 2 AND (pi.planned_on + time '21:00') AT TIME ZONE 'America/New_York' < :now""");
        step(seconds, "spending", """
                INSERT INTO spending_entry (participant_id, month, amount, description, spent_at)
                SELECT p.id, CAST(date_trunc('month', t.at AT TIME ZONE 'America/New_York') AS date),
                       2.50 + p.id % 5, 'Bus fare', t.at
                FROM participant p CROSS JOIN generate_series(0, :weeks) w
                CROSS JOIN LATERAL (SELECT CAST(:now AS timestamptz) - w * interval '1 week'
                                           - (1 + p.id % 48) * interval '1 hour' AS at) t""");
        step(seconds, "budget allocations", """
                INSERT INTO budget_allocation (participant_id, month, amount, purpose)
                SELECT p.id, CAST(date_trunc('month', CAST(:now AS timestamp)) AS date) - m * interval '1 month', 10,
                       'Art class'
                FROM participant p CROSS JOIN generate_series(0, :weeks / 4) m""");
        step(seconds, "journal", """
                INSERT INTO journal_entry (participant_id, text, shared_with_coach, created_at)
                SELECT p.id, 'A line from week ' || w, (p.id + w) % 3 = 0,
                       CAST(:now AS timestamptz) - w * interval '1 week' - (2 + p.id % 30) * interval '1 hour'
                FROM participant p CROSS JOIN generate_series(0, :weeks) w""");
        step(seconds, "inbound messages", """
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, status,
                                             next_attempt_at, processed_at)
                SELECT 'SMS', 'SM' || p.id || '-' || w || '-' || n, '+1555' || lpad(p.id::text, 7, '0'), 'DONE', t.at,
                       'PROCESSED', t.at, t.at
                FROM participant p CROSS JOIN generate_series(0, :weeks) w CROSS JOIN generate_series(1, 2) n
                CROSS JOIN LATERAL (SELECT CAST(:now AS timestamptz) - w * interval '1 week'
                                           - n * interval '2 days' - (p.id % 24) * interval '1 hour' AS at) t
                WHERE p.id % 10 <> 0 OR w >= 2""");
        step(seconds, "buddies", """
                WITH sets AS (
                    INSERT INTO buddy_set (group_id, active_from)
                    SELECT p.group_id, CAST(:now AS timestamptz) - 7 * :weeks * interval '1 day'
                    FROM participant p WHERE p.id % 2 = 1 ORDER BY p.id
                    RETURNING id)
                INSERT INTO buddy_member (buddy_set_id, participant_id)
                SELECT s.id, p.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM sets) s
                JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM participant WHERE id % 2 = 1) first
                  ON first.n = s.n
                JOIN participant p ON p.id IN (first.id, first.id + 1)""");
        step(seconds, "buddy contacts", """
                INSERT INTO buddy_contact (buddy_set_id, from_participant_id, occurred_at)
                SELECT m.buddy_set_id, m.participant_id,
                       CAST(:now AS timestamptz) - w * interval '1 week' - (3 + m.participant_id % 40) * interval '1 hour'
                FROM buddy_member m CROSS JOIN generate_series(0, :weeks) w
                WHERE m.participant_id % 5 <> 0""");
        step(seconds, "goals", """
                INSERT INTO goal (participant_id, kind, text, set_at, replaced_at)
                SELECT p.id, 'SECONDARY', 'Goal set ' || w || ' weeks ago',
                       CAST(:now AS timestamptz) - w * interval '1 week' - (p.id % 7) * interval '1 day',
                       CASE WHEN w = 0 THEN NULL ELSE CAST(:now AS timestamptz) - (w - 13) * interval '1 week'
                                                      - (p.id % 7) * interval '1 day' END
                FROM participant p CROSS JOIN generate_series(0, :weeks, 13) w""");
        step(seconds, "safety alerts", """
                INSERT INTO safety_alert (participant_id, matched, created_at, acknowledged_at)
                SELECT p.id, 'hopeless', CAST(:now AS timestamptz) - w * interval '1 week' - interval '5 days',
                       CASE WHEN w > 0 THEN CAST(:now AS timestamptz) - w * interval '1 week' END
                FROM participant p CROSS JOIN generate_series(0, :weeks, 13) w WHERE p.id % 7 = 0""");
        step(seconds, "attendance", """
                INSERT INTO attendance (meeting_id, participant_id, status)
                SELECT m.id, p.id, CASE WHEN (m.id + p.id) % 6 = 0 THEN 'ABSENT'
                                        WHEN (m.id + p.id) % 17 = 0 THEN 'EXCUSED' ELSE 'PRESENT' END
                FROM meeting m JOIN participant p ON p.group_id = m.group_id
                WHERE m.status = 'HELD'""");
        long start = System.nanoTime();
        jdbc.sql("ANALYZE").update();
        seconds.put("analyze", (System.nanoTime() - start) / 1e9);
        return seconds;
    }

    private void step(Map<String, Double> seconds, String name, String sql) {
        long start = System.nanoTime();
        jdbc.sql(sql).param("groups", groups).param("perGroup", perGroup).param("weeks", weeks).param("now", now)
                .update();
        seconds.put(name, (System.nanoTime() - start) / 1e9);
    }
}
