package org.peerpartners.companion.bot.inbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerpartners.companion.bot.channel.InboundSink;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.IndexOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The durable inbound log ({@code inbound_message}): stores what adapters accept, exactly
 * once per provider id, and lets the worker claim stored messages in order per sender.
 */
@Component
public class InboundLog implements InboundSink {

    private static final int ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final Map<Channel, Counter> received;
    private final Map<Channel, Counter> duplicates;

    InboundLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.received = counters(meters, "companion.inbound.received");
        this.duplicates = counters(meters, "companion.inbound.duplicates");
        Gauge.builder("companion.inbound.pending", this, InboundLog::pending)
                .description("stored inbound messages not yet processed (parked not included)")
                .register(meters);
        Gauge.builder("companion.inbound.parked", this, InboundLog::parkedCount)
                .description("inbound messages that failed too often and wait for an administrator")
                .register(meters);
    }

    /**
     * Stores and commits (in its own transaction) before returning, so the caller may
     * acknowledge. One message outside any transaction (a webhook's usual case) is one
     * autocommitted statement: one round trip to the database instead of two.
     */
    @Override
    public int store(List<IncomingMessage> messages) {
        if (messages.size() == 1 && !TransactionSynchronizationManager.isActualTransactionActive()) {
            return insert(messages.get(0));
        }
        Integer stored = newTransaction.execute(status -> {
            int count = 0;
            for (IncomingMessage message : messages) {
                count += insert(message);
            }
            return count;
        });
        return stored == null ? 0 : stored;
    }

    private int insert(IncomingMessage message) {
        int inserted = jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, media, reply_to,
                    received_at, next_attempt_at)
                VALUES (:channel, :providerId, :sender, :body, CAST(:media AS jsonb), :replyTo, :receivedAt,
                    :receivedAt)
                ON CONFLICT (channel, provider_id) DO NOTHING
                """)
                .param("channel", message.channel().name())
                .param("providerId", message.providerId())
                .param("sender", message.senderAddress())
                .param("body", message.text())
                .param("media", message.media().isEmpty() ? null : jsonArray(message.media()))
                .param("replyTo", message.replyTo())
                .param("receivedAt", Timestamp.from(message.receivedAt()))
                .update();
        (inserted == 1 ? received : duplicates).get(message.channel()).increment();
        return inserted;
    }

    /**
     * Locks up to {@code limit} due messages, each the earliest still waiting (received, or
     * failed and due for retry) of its sender, skipping rows other workers hold: so a batch
     * holds at most one message per sender, and a sender's next message becomes claimable
     * only once the earlier one is committed as processed. Must run in a transaction; the
     * locks are held until it ends. Parked messages do not hold back later ones: a person
     * keeps being answered while an administrator looks at the broken one.
     */
    List<InboundMessage> claimBatch(int limit) {
        return IndexOrder.claim(jdbc, () -> jdbc.sql(CLAIM_BATCH)
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", limit)
                .query(InboundLog::message)
                .list());
    }

    /** The plan the batch claim gets now ({@code EXPLAIN}), for diagnosis: the benchmark prints it. */
    public List<String> claimPlan(int limit) {
        return newTransaction.execute(status -> IndexOrder.claim(jdbc, () -> jdbc.sql("EXPLAIN " + CLAIM_BATCH)
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", limit)
                .query(String.class)
                .list()));
    }

    /** Locks one message again if it is still claimable (as in {@link #claimBatch}); empty if not. */
    Optional<InboundMessage> claim(long id) {
        return jdbc.sql(CLAIM + " AND m.id = :id FOR UPDATE OF m SKIP LOCKED")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .query(InboundLog::message)
                .optional();
    }

    /**
     * A message is claimable when it is its sender's earliest waiting one. That check is a
     * sub-select of the minimum, so it can only run as a lookup of the sender in an index,
     * whatever the statistics say; as a NOT EXISTS the planner may turn it into a join, and
     * with statistics from a quiet minute (almost nothing waiting) it did: it scanned every
     * waiting message for each candidate, 11 s per claim at the start of a burst (see
     * docs/BENCHMARKS.md). It says {@code NOT IN ('PROCESSED', 'PARKED', 'IGNORED')} (the
     * same as {@code IN ('RECEIVED', 'FAILED')}) so that only the by-sender indexes fit it,
     * not the pending index (V060).
     */
    private static final String CLAIM = """
            SELECT m.id, m.channel, m.provider_id, m.sender_address, m.body, m.reply_to, m.received_at, m.attempts
            FROM inbound_message m
            WHERE m.status IN ('RECEIVED', 'FAILED') AND m.next_attempt_at <= :now
              AND m.id = (SELECT min(e.id) FROM inbound_message e
                          WHERE e.channel = m.channel AND e.sender_address = m.sender_address
                            AND e.status NOT IN ('PROCESSED', 'PARKED', 'IGNORED'))
            """;

    private static final String CLAIM_BATCH = CLAIM + """
            ORDER BY m.next_attempt_at, m.id
            LIMIT :limit
            FOR UPDATE OF m SKIP LOCKED
            """;

    void markProcessed(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE inbound_message SET status = 'PROCESSED', processed_at = :now, last_error = NULL "
                + "WHERE id = ANY(:ids)")
                .param("now", Timestamp.from(clock.instant())).param("ids", ids.toArray(Long[]::new)).update();
    }

    /** Records a failed attempt; returns true when the message is now parked. */
    boolean markFailed(InboundMessage message, RuntimeException error, int maxAttempts, Duration delay) {
        boolean park = message.attempts() + 1 >= maxAttempts;
        jdbc.sql("""
                UPDATE inbound_message
                SET attempts = attempts + 1, last_error = :error, status = :status, next_attempt_at = :next
                WHERE id = :id
                """)
                .param("error", describe(error))
                .param("status", park ? "PARKED" : "FAILED")
                .param("next", Timestamp.from(clock.instant().plus(delay)))
                .param("id", message.id())
                .update();
        return park;
    }

    /** Puts a parked message back in line, with its attempts reset; false if no such parked message. */
    public boolean replay(long id) {
        return jdbc.sql("""
                UPDATE inbound_message SET status = 'RECEIVED', attempts = 0, next_attempt_at = :now
                WHERE id = :id AND status = 'PARKED'
                """)
                .param("now", Timestamp.from(clock.instant())).param("id", id).update() == 1;
    }

    /** Parked messages, oldest first, for an administrator (bodies left out: they may be private). */
    public List<ParkedMessage> parked() {
        return jdbc.sql("""
                SELECT id, channel, sender_address, received_at, attempts, last_error FROM inbound_message
                WHERE status = 'PARKED' ORDER BY id
                """)
                .query((rs, n) -> new ParkedMessage(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        rs.getString("sender_address"), rs.getTimestamp("received_at").toInstant(),
                        rs.getInt("attempts"), rs.getString("last_error")))
                .list();
    }

    /** A message that failed too often. */
    public record ParkedMessage(long id, Channel channel, String senderAddress, Instant receivedAt, int attempts,
            String lastError) {
    }

    private int pending() {
        return jdbc.sql("SELECT count(*) FROM inbound_message WHERE status IN ('RECEIVED', 'FAILED')")
                .query(Integer.class).single();
    }

    private int parkedCount() {
        return jdbc.sql("SELECT count(*) FROM inbound_message WHERE status = 'PARKED'").query(Integer.class).single();
    }

    private static Map<Channel, Counter> counters(MeterRegistry meters, String name) {
        Map<Channel, Counter> counters = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            counters.put(channel, Counter.builder(name).tag("channel", channel.name()).register(meters));
        }
        return counters;
    }

    private static InboundMessage message(ResultSet rs, int row) throws SQLException {
        return new InboundMessage(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                rs.getString("provider_id"), rs.getString("sender_address"),
                rs.getString("body") == null ? "" : rs.getString("body"), rs.getString("reply_to"),
                rs.getTimestamp("received_at").toInstant(), rs.getInt("attempts"));
    }

    /** The error as stored for an administrator: its type and message, cut short. */
    static String describe(RuntimeException error) {
        String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }

    private static String jsonArray(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "\"" : ",\"");
            for (char c : values.get(i).toCharArray()) {
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }
}
