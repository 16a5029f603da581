package org.peerpartners.companion.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only way messages leave the program: rows in {@code outbound_message}, sent later by
 * the dispatcher. Enqueueing is idempotent by the entry's dedup key, so a job that fires
 * twice, or a message processed twice, still sends once. Call it inside the transaction
 * that makes the domain change the message talks about.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the message; returns its row id, or empty when its dedup key was queued before. */
    public Optional<Long> enqueue(OutboxEntry entry) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp due = entry.notBefore() == null ? now : Timestamp.from(entry.notBefore());
        return jdbc.sql("""
                INSERT INTO outbound_message (channel, address, participant_id, staff_user_id, kind, body,
                    reply_markup, priority, status, next_attempt_at, dedup_key, created_at)
                VALUES (:channel, :address, :participant, :staff, :kind, :body,
                    CAST(:markup AS jsonb), :priority, 'QUEUED', :due, :dedup, :now)
                ON CONFLICT (dedup_key) DO NOTHING
                RETURNING id
                """)
                .param("channel", entry.channel().name())
                .param("address", entry.address())
                .param("participant", entry.participantId())
                .param("staff", entry.staffUserId())
                .param("kind", entry.kind())
                .param("body", entry.body())
                .param("markup", entry.buttons().isEmpty() ? null : toJson(entry.buttons()))
                .param("priority", entry.priority().value())
                .param("due", due)
                .param("dedup", entry.dedupKey())
                .param("now", now)
                .query(Long.class)
                .optional();
    }

    /**
     * Queues several messages with one statement (one round trip, one plan), in the order
     * given; an entry whose dedup key was queued before is skipped, as in {@link #enqueue}.
     * Returns how many were queued. Meant for a worker that handles many messages in one
     * transaction; the entries' dedup keys should differ from one another.
     */
    public int enqueueAll(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        int size = entries.size();
        String[] channels = new String[size];
        String[] addresses = new String[size];
        Long[] participants = new Long[size];
        Long[] staff = new Long[size];
        String[] kinds = new String[size];
        String[] bodies = new String[size];
        String[] markups = new String[size];
        Integer[] priorities = new Integer[size];
        String[] dues = new String[size];
        String[] dedups = new String[size];
        Instant now = clock.instant();
        for (int i = 0; i < size; i++) {
            OutboxEntry entry = entries.get(i);
            channels[i] = entry.channel().name();
            addresses[i] = entry.address();
            participants[i] = entry.participantId();
            staff[i] = entry.staffUserId();
            kinds[i] = entry.kind();
            bodies[i] = entry.body();
            markups[i] = entry.buttons().isEmpty() ? null : toJson(entry.buttons());
            priorities[i] = entry.priority().value();
            dues[i] = (entry.notBefore() == null ? now : entry.notBefore()).toString();
            dedups[i] = entry.dedupKey();
        }
        return jdbc.sql("""
                INSERT INTO outbound_message (channel, address, participant_id, staff_user_id, kind, body,
                    reply_markup, priority, status, next_attempt_at, dedup_key, created_at)
                SELECT e.channel, e.address, e.participant, e.staff, e.kind, e.body,
                    CAST(e.markup AS jsonb), e.priority, 'QUEUED', e.due, e.dedup, :now
                FROM unnest(CAST(:channels AS text[]), CAST(:addresses AS text[]), CAST(:participants AS bigint[]),
                    CAST(:staff AS bigint[]), CAST(:kinds AS text[]), CAST(:bodies AS text[]),
                    CAST(:markups AS text[]), CAST(:priorities AS smallint[]), CAST(:dues AS timestamptz[]),
                    CAST(:dedups AS text[]))
                    WITH ORDINALITY AS e (channel, address, participant, staff, kind, body, markup, priority, due,
                        dedup, position)
                ORDER BY e.position
                ON CONFLICT (dedup_key) DO NOTHING
                """)
                .param("channels", channels)
                .param("addresses", addresses)
                .param("participants", participants)
                .param("staff", staff)
                .param("kinds", kinds)
                .param("bodies", bodies)
                .param("markups", markups)
                .param("priorities", priorities)
                .param("dues", dues)
                .param("dedups", dedups)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Cancels every message still waiting for this address (after an opt-out); returns how
     * many. Rows already being sent are caught by the dispatcher's send-time consent check.
     */
    public int cancelQueued(Channel channel, String address, String reason) {
        return jdbc.sql("""
                UPDATE outbound_message SET status = 'CANCELLED', last_error = :reason
                WHERE channel = :channel AND address = :address AND status = 'QUEUED'
                """)
                .param("reason", reason)
                .param("channel", channel.name())
                .param("address", address)
                .update();
    }

    /** Inline keyboards as stored in {@code reply_markup}: [[{"label":..,"data":..}, ..], ..]. */
    static String toJson(List<List<OutboxEntry.Button>> rows) {
        StringBuilder json = new StringBuilder("[");
        for (int r = 0; r < rows.size(); r++) {
            json.append(r == 0 ? "[" : ",[");
            List<OutboxEntry.Button> row = rows.get(r);
            for (int b = 0; b < row.size(); b++) {
                if (b > 0) {
                    json.append(',');
                }
                json.append("{\"label\":").append(quote(row.get(b).label()))
                        .append(",\"data\":").append(quote(row.get(b).data())).append('}');
            }
            json.append(']');
        }
        return json.append(']').toString();
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
