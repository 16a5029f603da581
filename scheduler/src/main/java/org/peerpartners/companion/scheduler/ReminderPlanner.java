package org.peerpartners.companion.scheduler;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.peerpartners.companion.participant.QuietHours;
import org.peerpartners.companion.schedule.PlannedMessage;
import org.peerpartners.companion.schedule.Recipient;
import org.peerpartners.companion.schedule.ReminderRules;
import org.peerpartners.companion.schedule.ScheduleSettings;
import org.peerpartners.companion.schedule.ScheduledKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes every participant's scheduled messages over the horizon and makes the
 * {@code due_message} rows match: new ones inserted, changed ones updated (never one that
 * was sent), pending ones that no longer apply CANCELLED with the reason. A chunk of
 * participants is read in four queries and written in two, whatever its size.
 */
@Component
class ReminderPlanner {

    static final String[] KINDS = java.util.Arrays.stream(ScheduledKind.values()).map(ScheduledKind::key)
            .toArray(String[]::new);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ReminderRules rules;
    private final ScheduleSettings settings;

    ReminderPlanner(JdbcTemplate jdbc, Clock clock, ScheduleProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.settings();
        this.rules = new ReminderRules(settings);
    }

    private record Person(long id, long groupId, Recipient recipient, boolean active, Instant pausedUntil,
            boolean hasAllowance) {
    }

    private record MeetingRow(long id, Instant start, Instant end) {
    }

    /** Replans these participants; returns how many due rows were inserted or changed. */
    int replan(Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Long[] ids = participantIds.toArray(Long[]::new);
        Map<Long, Person> people = people(ids);
        Map<Long, List<MeetingRow>> meetings = meetings(people, now);
        Set<Long> withBuddies = withBuddies(ids, now);
        List<PlannedMessage> planned = new ArrayList<>();
        for (Person person : people.values()) {
            if (person.active()) {
                plan(person, meetings.getOrDefault(person.groupId(), List.of()), withBuddies.contains(person.id()),
                        now, planned::add);
            }
        }
        planItems(people, now, planned::add);
        List<PlannedMessage> kept = planned.stream().filter(message -> worthKeeping(message, people, now)).toList();
        int written = upsert(kept, now);
        cancelTheRest(ids, kept, now);
        return written;
    }

    private void plan(Person person, List<MeetingRow> meetings, boolean hasBuddy, Instant now,
            Consumer<PlannedMessage> out) {
        Recipient to = person.recipient();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingRow meeting = meetings.get(i);
            rules.meetingReminders(to, meeting.id(), meeting.start()).forEach(out);
            out.accept(rules.planRecap(to, meeting.id(), meeting.end()));
            if (hasBuddy && i + 1 < meetings.size()) {
                rules.buddyNudge(to, meeting.id(), meeting.end(), meetings.get(i + 1).start()).ifPresent(out);
            }
        }
        if (person.hasAllowance()) {
            YearMonth month = YearMonth.from(now.atZone(to.zone()));
            for (YearMonth m = month; !m.atDay(1).atStartOfDay(to.zone()).toInstant().isAfter(now.plus(settings.horizon()));
                    m = m.plusMonths(1)) {
                out.accept(rules.monthlyBudget(to, m));
            }
        }
    }

    /** Not yet stale, not hopelessly late, and not inside a pause. */
    private boolean worthKeeping(PlannedMessage message, Map<Long, Person> people, Instant now) {
        if (message.staleAt() != null && !message.staleAt().isAfter(now)) {
            return false;
        }
        if (message.dueAt().isBefore(now.minus(settings.maxLateness()))) {
            return false;
        }
        Instant pausedUntil = people.get(message.participantId()).pausedUntil();
        return pausedUntil == null || !message.dueAt().isBefore(pausedUntil);
    }

    private Map<Long, Person> people(Long[] ids) {
        Map<Long, Person> people = new HashMap<>();
        jdbc.query("""
                SELECT id, group_id, time_zone, quiet_start, quiet_end, status, paused_until, monthly_allowance > 0 AS budget
                FROM participant WHERE id = ANY (?)
                """, ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)), rs -> {
                    long id = rs.getLong("id");
                    QuietHours quiet = new QuietHours(rs.getObject("quiet_start", LocalTime.class),
                            rs.getObject("quiet_end", LocalTime.class));
                    Timestamp paused = rs.getTimestamp("paused_until");
                    people.put(id, new Person(id, rs.getLong("group_id"),
                            new Recipient(id, ZoneId.of(rs.getString("time_zone")), quiet),
                            "ACTIVE".equals(rs.getString("status")), paused == null ? null : paused.toInstant(),
                            rs.getBoolean("budget")));
                });
        return people;
    }

    /** Each group's scheduled meetings from a few days back (recaps, nudges) to past the horizon (the next one). */
    private Map<Long, List<MeetingRow>> meetings(Map<Long, Person> people, Instant now) {
        Long[] groups = people.values().stream().map(Person::groupId).distinct().toArray(Long[]::new);
        Map<Long, List<MeetingRow>> meetings = new HashMap<>();
        jdbc.query("""
                SELECT id, group_id, starts_at, ends_at FROM meeting
                WHERE group_id = ANY (?) AND status = 'SCHEDULED' AND starts_at > ? AND starts_at < ?
                ORDER BY group_id, starts_at
                """, ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", groups));
                    ps.setTimestamp(2, Timestamp.from(now.minus(java.time.Duration.ofDays(15))));
                    ps.setTimestamp(3, Timestamp.from(now.plus(settings.horizon()).plus(java.time.Duration.ofDays(15))));
                }, rs -> {
                    meetings.computeIfAbsent(rs.getLong("group_id"), g -> new ArrayList<>()).add(new MeetingRow(
                            rs.getLong("id"), rs.getTimestamp("starts_at").toInstant(),
                            rs.getTimestamp("ends_at").toInstant()));
                });
        return meetings;
    }

    private Set<Long> withBuddies(Long[] ids, Instant now) {
        Set<Long> found = new HashSet<>();
        jdbc.query("""
                SELECT DISTINCT m.participant_id FROM buddy_member m JOIN buddy_set s ON s.id = m.buddy_set_id
                WHERE m.participant_id = ANY (?) AND (s.active_until IS NULL OR s.active_until > ?)
                  AND EXISTS (SELECT 1 FROM buddy_member o WHERE o.buddy_set_id = s.id AND o.participant_id <> m.participant_id)
                """, ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
                    ps.setTimestamp(2, Timestamp.from(now));
                }, rs -> {
                    found.add(rs.getLong(1));
                });
        return found;
    }

    /** Reminders and check-in prompts for items from two days back to the horizon, not removed, not checked in. */
    private void planItems(Map<Long, Person> people, Instant now, Consumer<PlannedMessage> out) {
        Long[] active = people.values().stream().filter(Person::active).map(Person::id).toArray(Long[]::new);
        if (active.length == 0) {
            return;
        }
        LocalDate from = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(2);
        LocalDate to = now.plus(settings.horizon()).atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1);
        jdbc.query("""
                SELECT i.id, p.participant_id, i.planned_on, i.planned_time FROM plan_item i
                JOIN action_plan p ON p.id = i.plan_id
                WHERE p.participant_id = ANY (?) AND i.removed_at IS NULL
                  AND i.planned_on BETWEEN ? AND ?
                  AND NOT EXISTS (SELECT 1 FROM check_in c WHERE c.plan_item_id = i.id)
                """, ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", active));
                    ps.setObject(2, from);
                    ps.setObject(3, to);
                }, rs -> {
                    Recipient recipient = people.get(rs.getLong("participant_id")).recipient();
                    long item = rs.getLong("id");
                    LocalDate day = rs.getObject("planned_on", LocalDate.class);
                    LocalTime time = rs.getObject("planned_time", LocalTime.class);
                    rules.activityReminder(recipient, item, day, time).ifPresent(out);
                    rules.checkInPrompt(recipient, item, day, time).ifPresent(out);
                });
    }

    private int upsert(List<PlannedMessage> planned, Instant now) {
        if (planned.isEmpty()) {
            return 0;
        }
        int size = planned.size();
        String[] kinds = new String[size];
        Long[] participants = new Long[size];
        Timestamp[] due = new Timestamp[size];
        Timestamp[] original = new Timestamp[size];
        Timestamp[] stale = new Timestamp[size];
        String[] keys = new String[size];
        String[] payloads = new String[size];
        String[] statuses = new String[size];
        String[] reasons = new String[size];
        for (int i = 0; i < size; i++) {
            PlannedMessage message = planned.get(i);
            kinds[i] = message.kind().key();
            participants[i] = message.participantId();
            due[i] = Timestamp.from(message.dueAt());
            original[i] = Timestamp.from(message.originalDueAt());
            stale[i] = message.staleAt() == null ? null : Timestamp.from(message.staleAt());
            keys[i] = message.dedupKey();
            payloads[i] = message.payloadJson();
            statuses[i] = message.dropped() ? "DROPPED" : "PENDING";
            reasons[i] = message.reason();
        }
        Timestamp at = Timestamp.from(now);
        // A row that was sent is history: never touched again. Any other row follows the plan.
        return jdbc.update("""
                INSERT INTO due_message AS d (kind, participant_id, due_at, original_due_at, stale_at, dedup_key,
                    payload, status, reason, created_at, processed_at)
                SELECT v.kind, v.participant_id, v.due_at, v.original_due_at, v.stale_at, v.dedup_key,
                    v.payload::jsonb, v.status, v.reason, ?, CASE WHEN v.status = 'DROPPED' THEN ?::timestamptz END
                FROM unnest(?::text[], ?::bigint[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::text[],
                    ?::text[], ?::text[], ?::text[])
                    AS v(kind, participant_id, due_at, original_due_at, stale_at, dedup_key, payload, status, reason)
                ON CONFLICT (dedup_key) DO UPDATE SET
                    due_at = excluded.due_at, original_due_at = excluded.original_due_at, stale_at = excluded.stale_at,
                    payload = excluded.payload, status = excluded.status, reason = excluded.reason,
                    processed_at = excluded.processed_at
                WHERE d.status <> 'SENT'
                  AND (d.due_at, d.original_due_at, d.stale_at, d.payload, d.status)
                      IS DISTINCT FROM (excluded.due_at, excluded.original_due_at, excluded.stale_at, excluded.payload,
                          excluded.status)
                """, ps -> {
                    var connection = ps.getConnection();
                    ps.setTimestamp(1, at);
                    ps.setTimestamp(2, at);
                    ps.setArray(3, connection.createArrayOf("text", kinds));
                    ps.setArray(4, connection.createArrayOf("bigint", participants));
                    ps.setArray(5, connection.createArrayOf("timestamptz", due));
                    ps.setArray(6, connection.createArrayOf("timestamptz", original));
                    ps.setArray(7, connection.createArrayOf("timestamptz", stale));
                    ps.setArray(8, connection.createArrayOf("text", keys));
                    ps.setArray(9, connection.createArrayOf("text", payloads));
                    ps.setArray(10, connection.createArrayOf("text", statuses));
                    ps.setArray(11, connection.createArrayOf("text", reasons));
                });
    }

    /**
     * Pending rows of these people that the plan no longer has become CANCELLED. Rows already
     * overdue by more than the lateness limit are left to the sweep, which drops them with
     * the precise reason.
     */
    private void cancelTheRest(Long[] ids, List<PlannedMessage> kept, Instant now) {
        String[] keys = kept.stream().map(PlannedMessage::dedupKey).toArray(String[]::new);
        jdbc.update("""
                UPDATE due_message d SET status = 'CANCELLED', processed_at = ?,
                    reason = CASE
                        WHEN p.status <> 'ACTIVE' THEN 'cancelled: the participant is ' || lower(p.status)
                        WHEN p.paused_until > d.due_at THEN 'cancelled: reminders paused until ' || p.paused_until
                        ELSE 'cancelled: no longer applies after a change to the plan, the meetings or the buddies'
                    END
                FROM participant p
                WHERE p.id = d.participant_id AND d.participant_id = ANY (?) AND d.status = 'PENDING'
                  AND d.kind = ANY (?) AND d.due_at >= ? AND d.dedup_key <> ALL (?)
                """, ps -> {
                    var connection = ps.getConnection();
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setArray(2, connection.createArrayOf("bigint", ids));
                    ps.setArray(3, connection.createArrayOf("text", KINDS));
                    ps.setTimestamp(4, Timestamp.from(now.minus(settings.maxLateness())));
                    ps.setArray(5, connection.createArrayOf("text", keys));
                });
    }
}
