package org.peerpartners.companion.scheduler;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peerpartners.companion.messaging.Priority;
import org.peerpartners.companion.participant.QuietHours;
import org.peerpartners.companion.schedule.ScheduledKind;
import org.peerpartners.companion.schedule.ScheduledTexts;
import org.peerpartners.companion.schedule.SendCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due rows into outbound messages. Each batch is one transaction: claim the due
 * PENDING rows with {@code FOR UPDATE SKIP LOCKED} (another instance's claimed rows are
 * skipped, not waited for; a killed instance's locks vanish with its connection, so its
 * rows are simply claimed again), read everything the re-check and the text need in the
 * same query, decide per row in memory, then write all outbound rows with one INSERT and
 * all due rows with one UPDATE. The outbound dedup key is derived from the due row's, so
 * even a double-fired sweep cannot queue a message twice.
 */
@Component
public class DueMessageSweep {

    private static final Logger log = LoggerFactory.getLogger(DueMessageSweep.class);
    /** A sweep stops after this many full batches and leaves the rest to the next run. */
    private static final int MAX_BATCHES = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SendCheck check;
    private final ScheduledTexts texts = new ScheduledTexts();
    private final int batchSize;

    DueMessageSweep(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, ScheduleProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.check = new SendCheck(properties.maxLateness());
        this.batchSize = properties.sweepBatch();
    }

    /** What one sweep did. */
    public record Result(int claimed, int queued, int moved, int dropped) {

        Result plus(Result other) {
            return new Result(claimed + other.claimed, queued + other.queued, moved + other.moved,
                    dropped + other.dropped);
        }
    }

    /** Sweeps until no due row is left (or {@value #MAX_BATCHES} batches ran). */
    public Result sweep() {
        Result total = new Result(0, 0, 0, 0);
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            Result one = transactions.execute(status -> sweepBatch());
            total = total.plus(one);
            if (one.claimed() < batchSize) {
                break;
            }
        }
        if (total.claimed() > 0) {
            log.info("Due-message sweep: {} claimed, {} queued, {} moved, {} dropped", total.claimed(),
                    total.queued(), total.moved(), total.dropped());
        }
        return total;
    }

    private record Due(long id, ScheduledKind kind, String dedupKey, long participantId, SendCheck.Facts facts,
            String channel, String address, String body) {
    }

    Result sweepBatch() {
        Instant now = clock.instant();
        List<Due> claimed = claim(now);
        if (claimed.isEmpty()) {
            return new Result(0, 0, 0, 0);
        }
        List<Due> toSend = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<Timestamp> moves = new ArrayList<>();
        int moved = 0;
        int dropped = 0;
        for (Due due : claimed) {
            SendCheck.Decision decision = check.decide(due.facts(), now);
            ids.add(due.id());
            reasons.add(decision.reason());
            if (decision instanceof SendCheck.Send) {
                toSend.add(due);
                statuses.add("SENT");
                moves.add(null);
            } else if (decision instanceof SendCheck.Move move) {
                statuses.add("PENDING");
                moves.add(Timestamp.from(move.to()));
                moved++;
            } else {
                statuses.add("DROPPED");
                moves.add(null);
                dropped++;
            }
        }
        Set<String> queued = enqueue(toSend, now);
        for (int i = 0; i < ids.size(); i++) {
            if ("SENT".equals(statuses.get(i))) {
                Due due = claimed.get(i);
                reasons.set(i, queued.contains(outboxKey(due))
                        ? "sent: queued on " + due.channel()
                        : "sent: already in the outbox (same dedup key), not queued again");
            }
        }
        finish(ids, statuses, reasons, moves, now);
        return new Result(claimed.size(), queued.size(), moved, dropped);
    }

    static String outboxKey(Due due) {
        return "scheduled:" + due.dedupKey();
    }

    private List<Due> claim(Instant now) {
        List<Due> claimed = new ArrayList<>();
        jdbc.query(CLAIM, ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setArray(2, ps.getConnection().createArrayOf("text", ReminderPlanner.KINDS));
            ps.setInt(3, batchSize);
            ps.setTimestamp(4, Timestamp.from(now));
        }, rs -> {
            claimed.add(read(rs));
        });
        return claimed;
    }

    private Due read(ResultSet rs) throws SQLException {
        ScheduledKind kind = ScheduledKind.ofKey(rs.getString("kind"));
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        Locale language = Locale.forLanguageTag(rs.getString("language"));
        Instant dueAt = rs.getTimestamp("due_at").toInstant();
        Timestamp stale = rs.getTimestamp("stale_at");
        Instant staleAt = stale == null ? null : stale.toInstant();
        String notWanted = null;
        String body = null;
        switch (kind) {
            case MEETING_REMINDER -> {
                Timestamp start = rs.getTimestamp("meeting_start");
                if (start == null || !"SCHEDULED".equals(rs.getString("meeting_status"))) {
                    notWanted = "the meeting was cancelled";
                } else {
                    staleAt = start.toInstant();
                    body = texts.meetingReminder(language, start.toInstant(), zone, rs.getString("meeting_place"));
                }
            }
            case ACTIVITY_REMINDER, CHECK_IN_PROMPT -> {
                if (rs.getObject("item_number") == null || rs.getTimestamp("item_removed") != null) {
                    notWanted = "the plan item was removed";
                } else if (kind == ScheduledKind.CHECK_IN_PROMPT && rs.getBoolean("checked_in")) {
                    notWanted = "already checked in";
                } else if (kind == ScheduledKind.ACTIVITY_REMINDER) {
                    body = texts.activityReminder(language, rs.getObject("item_time", LocalTime.class),
                            rs.getString("item_text"));
                } else {
                    body = texts.checkInPrompt(language, rs.getInt("item_number"), rs.getString("item_text"));
                }
            }
            case PLAN_RECAP -> body = texts.planRecap(language, rs.getInt("plan_items"));
            case BUDDY_NUDGE -> {
                String names = rs.getString("buddy_names");
                if (names == null || names.isBlank()) {
                    notWanted = "no buddy to check on";
                } else {
                    body = texts.buddyNudge(language, texts.names(language, Arrays.asList(names.split("\n"))));
                }
            }
            case MONTHLY_BUDGET -> {
                BigDecimal allowance = rs.getBigDecimal("monthly_allowance");
                if (allowance == null || allowance.signum() <= 0) {
                    notWanted = "no monthly budget";
                } else {
                    body = texts.monthlyBudget(language, allowance, rs.getBigDecimal("last_month_spent"));
                }
            }
        }
        Timestamp paused = rs.getTimestamp("paused_until");
        SendCheck.Facts facts = new SendCheck.Facts(kind, dueAt, staleAt, "ACTIVE".equals(rs.getString("status")),
                paused == null ? null : paused.toInstant(), zone,
                new QuietHours(rs.getObject("quiet_start", LocalTime.class), rs.getObject("quiet_end", LocalTime.class)),
                rs.getString("channel") != null, notWanted);
        return new Due(rs.getLong("id"), kind, rs.getString("dedup_key"), rs.getLong("participant_id"), facts,
                rs.getString("channel"), rs.getString("address"), body);
    }

    /** One INSERT for the whole batch; returns the dedup keys that were new. */
    private Set<String> enqueue(List<Due> toSend, Instant now) {
        Set<String> queued = new HashSet<>();
        if (toSend.isEmpty()) {
            return queued;
        }
        String[] channels = toSend.stream().map(Due::channel).toArray(String[]::new);
        String[] addresses = toSend.stream().map(Due::address).toArray(String[]::new);
        Long[] participants = toSend.stream().map(Due::participantId).toArray(Long[]::new);
        String[] kinds = toSend.stream().map(due -> due.kind().outboxKind()).toArray(String[]::new);
        String[] bodies = toSend.stream().map(Due::body).toArray(String[]::new);
        String[] keys = toSend.stream().map(DueMessageSweep::outboxKey).toArray(String[]::new);
        jdbc.query("""
                INSERT INTO outbound_message (channel, address, participant_id, kind, body, priority, status,
                    next_attempt_at, dedup_key, created_at)
                SELECT v.channel, v.address, v.participant_id, v.kind, v.body, ?, 'QUEUED', ?, v.dedup_key, ?
                FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])
                    AS v(channel, address, participant_id, kind, body, dedup_key)
                ON CONFLICT (dedup_key) DO NOTHING
                RETURNING dedup_key
                """, ps -> {
                    var connection = ps.getConnection();
                    ps.setInt(1, Priority.BULK.value());
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setTimestamp(3, Timestamp.from(now));
                    ps.setArray(4, connection.createArrayOf("text", channels));
                    ps.setArray(5, connection.createArrayOf("text", addresses));
                    ps.setArray(6, connection.createArrayOf("bigint", participants));
                    ps.setArray(7, connection.createArrayOf("text", kinds));
                    ps.setArray(8, connection.createArrayOf("text", bodies));
                    ps.setArray(9, connection.createArrayOf("text", keys));
                }, rs -> {
                    queued.add(rs.getString(1));
                });
        return queued;
    }

    /** One UPDATE for the whole batch: sent, dropped, or moved (still pending, later). */
    private void finish(List<Long> ids, List<String> statuses, List<String> reasons, List<Timestamp> moves,
            Instant now) {
        jdbc.update("""
                UPDATE due_message d SET status = v.status, reason = v.reason, due_at = coalesce(v.moved_to, d.due_at),
                    processed_at = CASE WHEN v.status = 'PENDING' THEN NULL ELSE ?::timestamptz END
                FROM unnest(?::bigint[], ?::text[], ?::text[], ?::timestamptz[]) AS v(id, status, reason, moved_to)
                WHERE d.id = v.id
                """, ps -> {
                    var connection = ps.getConnection();
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setArray(2, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
                    ps.setArray(3, connection.createArrayOf("text", statuses.toArray(String[]::new)));
                    ps.setArray(4, connection.createArrayOf("text", reasons.toArray(String[]::new)));
                    ps.setArray(5, connection.createArrayOf("timestamptz", moves.toArray(Timestamp[]::new)));
                });
    }

    /**
     * Claims a batch and reads, per row, the participant's state, their newest linked channel
     * that has not opted out, and what the text needs (meeting, plan item, plan size, buddies'
     * first names, last month's spending), all in one statement.
     */
    private static final String CLAIM = """
            WITH claimed AS (
                SELECT id FROM due_message
                WHERE status = 'PENDING' AND due_at <= ? AND kind = ANY (?)
                ORDER BY due_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            SELECT d.id, d.kind, d.dedup_key, d.participant_id, d.due_at, d.stale_at,
                p.status, p.paused_until, p.time_zone, p.quiet_start, p.quiet_end, p.language, p.monthly_allowance,
                ci.channel, ci.address,
                m.starts_at AS meeting_start, m.place AS meeting_place, m.status AS meeting_status,
                i.number AS item_number, i.text AS item_text, i.planned_time AS item_time, i.removed_at AS item_removed,
                -- Each kind's extra facts, computed only for rows of that kind (a CASE runs one branch).
                CASE WHEN d.kind = 'check-in-prompt'
                    THEN EXISTS (SELECT 1 FROM check_in c WHERE c.plan_item_id = i.id) END AS checked_in,
                CASE WHEN d.kind = 'plan-recap' THEN (
                    SELECT count(*) FROM action_plan ap JOIN plan_item pi ON pi.plan_id = ap.id AND pi.removed_at IS NULL
                    WHERE ap.participant_id = p.id
                      AND ap.week_start = (SELECT max(week_start) FROM action_plan
                          WHERE participant_id = p.id AND week_start <= (?::timestamptz AT TIME ZONE p.time_zone)::date))
                    END AS plan_items,
                CASE WHEN d.kind = 'buddy-nudge' THEN (
                    SELECT string_agg(o.first_name, E'\\n' ORDER BY o.first_name)
                    FROM buddy_member me JOIN buddy_set s ON s.id = me.buddy_set_id AND s.active_until IS NULL
                    JOIN buddy_member om ON om.buddy_set_id = s.id AND om.participant_id <> me.participant_id
                    JOIN participant o ON o.id = om.participant_id AND o.status = 'ACTIVE'
                    WHERE me.participant_id = p.id) END AS buddy_names,
                CASE WHEN d.kind = 'monthly-budget' THEN (
                    SELECT coalesce(sum(amount), 0) FROM spending_entry
                    WHERE participant_id = p.id AND undone_at IS NULL
                      AND month = (((d.payload->>'month') || '-01')::date - interval '1 month')::date) END AS last_month_spent
            FROM claimed
            JOIN due_message d ON d.id = claimed.id
            JOIN participant p ON p.id = d.participant_id
            LEFT JOIN LATERAL (
                SELECT channel, address FROM channel_identity
                WHERE participant_id = p.id AND unlinked_at IS NULL AND opted_out_at IS NULL
                ORDER BY linked_at DESC, id DESC LIMIT 1) ci ON true
            LEFT JOIN meeting m ON d.kind = 'meeting-reminder' AND m.id = (d.payload->>'meetingId')::bigint
            LEFT JOIN plan_item i ON d.kind IN ('activity-reminder', 'check-in-prompt')
                AND i.id = (d.payload->>'itemId')::bigint
            ORDER BY d.due_at, d.id
            """;
}
