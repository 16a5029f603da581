package org.peerpartners.companion.bot.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.peerpartners.companion.bot.MessagingProperties;
import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.messaging.AddressMask;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.consent.ConsentLedger;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.peerpartners.companion.messaging.SmsSegments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the outbox. A poll claims due rows ({@code FOR UPDATE SKIP LOCKED}, most urgent
 * first) and marks them SENDING in the same statement, so several instances share the
 * work and never send a row twice. While SENDING, {@code next_attempt_at} is the lease's
 * end: a row still SENDING after it belonged to an instance that died mid-send and is
 * queued again (the one ambiguous window: the provider may have taken it). Consent and
 * pauses are checked at send time, right before the provider call.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Channel, ChannelAdapter> adapters = new EnumMap<>(Channel.class);
    private final JdbcClient jdbc;
    private final ConsentLedger ledger;
    private final DeliveryReports reports;
    private final RateLimiter limiter;
    private final Clock clock;
    private final MessagingProperties.Outbound settings;
    private final MessagingProperties.RateLimits limits;
    private final MeterRegistry meters;

    Dispatcher(List<ChannelAdapter> adapters, JdbcClient jdbc, ConsentLedger ledger, DeliveryReports reports,
            RateLimiter limiter, Clock clock, MessagingProperties properties, MeterRegistry meters) {
        adapters.forEach(adapter -> this.adapters.put(adapter.channel(), adapter));
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.reports = reports;
        this.limiter = limiter;
        this.clock = clock;
        this.settings = properties.outbound();
        this.limits = properties.rateLimits();
        this.meters = meters;
        Gauge.builder("companion.outbound.queued", this, Dispatcher::queued)
                .description("outbound messages waiting to be sent").register(meters);
    }

    /** A claimed row. */
    record Claimed(long id, Channel channel, String address, Long participantId, String kind, String body,
            String replyMarkup, int priority, int attempts) {
    }

    /** Claims one batch of due messages and sends them; returns how many were claimed. */
    public int dispatchOnce() {
        List<Claimed> batch = claim();
        for (Claimed row : batch) {
            send(row);
        }
        return batch.size();
    }

    /** Queues again the rows whose sender died mid-send (lease expired); returns how many. */
    public int recoverExpiredLeases() {
        List<Long> ids = jdbc.sql("""
                UPDATE outbound_message SET status = 'QUEUED', next_attempt_at = :now,
                    last_error = 'lease expired while sending; may have been sent'
                WHERE status = 'SENDING' AND next_attempt_at <= :now
                RETURNING id
                """)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).list();
        for (Long id : ids) {
            log.warn("Outbound {} was still SENDING after its lease: queued again. If the provider took it before "
                    + "the sender stopped, the person gets it twice (the one ambiguous window).", id);
        }
        return ids.size();
    }

    /** Deletes rate-limit windows that are over. */
    public int purgeRateLimits() {
        return limiter.purge();
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        List<Claimed> rows = new ArrayList<>(jdbc.sql("""
                WITH due AS (
                    SELECT id FROM outbound_message
                    WHERE status = 'QUEUED' AND next_attempt_at <= :now
                    ORDER BY priority, next_attempt_at, id
                    LIMIT :batch
                    FOR UPDATE SKIP LOCKED)
                UPDATE outbound_message o SET status = 'SENDING', next_attempt_at = :leaseEnd
                FROM due WHERE o.id = due.id
                RETURNING o.id, o.channel, o.address, o.participant_id, o.kind, o.body, o.reply_markup::text AS markup,
                    o.priority, o.attempts
                """)
                .param("now", Timestamp.from(now))
                .param("batch", settings.batchSize())
                .param("leaseEnd", Timestamp.from(now.plus(settings.lease())))
                .query(Dispatcher::claimed)
                .list());
        rows.sort(Comparator.comparingInt(Claimed::priority).thenComparingLong(Claimed::id));
        return rows;
    }

    private void send(Claimed row) {
        ChannelAdapter adapter = adapters.get(row.channel());
        if (adapter == null) {
            fail(row, "the " + row.channel() + " channel is not configured", "not_configured");
            return;
        }
        if (!OutboxEntry.CONSENT_KINDS.contains(row.kind()) && ledger.isOptedOut(row.channel(), row.address())) {
            cancel(row, "recipient opted out", "opted_out");
            return;
        }
        if (row.priority() >= Priority.BULK.value() && isPaused(row.participantId())) {
            cancel(row, "participant paused", "paused");
            return;
        }
        if (!limiter.tryAcquire(permits(row))) {
            update(row, "UPDATE outbound_message SET status = 'QUEUED', next_attempt_at = :at WHERE id = :id "
                    + "AND status = 'SENDING'", limiter.nextWindow(), null);
            return;
        }
        Timer.Sample sample = Timer.start(meters);
        SendResult result;
        try {
            result = adapter.send(new OutgoingMessage(row.id(), row.address(), row.body(), buttons(row.replyMarkup())));
        } catch (RuntimeException e) {
            // our adapter's own fault: the provider may or may not have the message
            log.error("Outbound {} to {} {}: the adapter threw", row.id(), row.channel(),
                    AddressMask.mask(row.address()), e);
            result = new SendResult.Failed(SendResult.SendFailure.retryable(
                    "adapter error: " + e.getClass().getSimpleName(), null));
        }
        String outcome = record(row, result);
        sample.stop(Timer.builder("companion.outbound.send").tag("channel", row.channel().name())
                .tag("outcome", outcome).register(meters));
    }

    private String record(Claimed row, SendResult result) {
        if (result instanceof SendResult.Sent sent) {
            jdbc.sql("""
                    UPDATE outbound_message SET status = 'SENT', provider_id = :providerId, segments = :segments,
                        sent_at = :now, attempts = attempts + 1, last_error = NULL
                    WHERE id = :id AND status = 'SENDING'
                    """)
                    .param("providerId", sent.providerId()).param("segments", sent.segments())
                    .param("now", Timestamp.from(clock.instant())).param("id", row.id())
                    .update();
            count(row, "sent");
            return "sent";
        }
        SendResult.SendFailure failure = ((SendResult.Failed) result).failure();
        if (failure.recipientStopped()) {
            fail(row, failure.reason(), "recipient_stopped");
            reports.recipientStopped(row.channel(), row.address(), "outbound_message:" + row.id() + ": "
                    + failure.reason());
            return "recipient_stopped";
        }
        if (!failure.retryable()) {
            fail(row, failure.reason(), "failed");
            return "failed";
        }
        if (row.attempts() + 1 >= settings.maxAttempts()) {
            fail(row, "gave up after " + (row.attempts() + 1) + " attempts: " + failure.reason(), "failed");
            return "failed";
        }
        Duration delay = retryDelay(row.attempts(), failure.retryAfter());
        update(row, """
                UPDATE outbound_message SET status = 'QUEUED', attempts = attempts + 1, next_attempt_at = :at,
                    last_error = :error
                WHERE id = :id AND status = 'SENDING'
                """, clock.instant().plus(delay), failure.reason());
        log.info("Outbound {} to {} {}: {}; retry in {}", row.id(), row.channel(), AddressMask.mask(row.address()),
                failure.reason(), delay);
        count(row, "retry");
        return "retry";
    }

    /**
     * Exponential backoff with up to 20% jitter (so retries of many rows do not arrive
     * together), never shorter than the provider's own {@code retry_after}.
     */
    Duration retryDelay(int earlierAttempts, Duration retryAfter) {
        Duration delay = settings.retryBase().multipliedBy(1L << Math.min(earlierAttempts, 20));
        if (delay.compareTo(settings.retryMax()) > 0) {
            delay = settings.retryMax();
        }
        delay = delay.plusMillis(ThreadLocalRandom.current().nextLong(delay.toMillis() / 5 + 1));
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }

    private List<RateLimiter.Permit> permits(Claimed row) {
        return switch (row.channel()) {
            // per chat first: a busy chat should not use up a slot of the bot-wide limit
            case TELEGRAM -> List.of(
                    new RateLimiter.Permit("telegram:chat:" + row.address(), 1, limits.telegramPerChatPerSecond()),
                    new RateLimiter.Permit("telegram:bot", 1, limits.telegramPerSecond()));
            // A message longer than one window's budget takes the whole window rather than
            // never going; the provider queues the rest (the limit is a pacing aid, not a cap
            // the provider enforces by dropping).
            case SMS -> List.of(new RateLimiter.Permit("sms:sender",
                    Math.min(SmsSegments.segments(row.body()), limits.smsSegmentsPerSecond()),
                    limits.smsSegmentsPerSecond()));
            case SANDBOX -> List.of();
        };
    }

    private boolean isPaused(Long participantId) {
        if (participantId == null) {
            return false;
        }
        return jdbc.sql("SELECT coalesce(paused_until > :now, false) FROM participant WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", participantId)
                .query(Boolean.class).optional().orElse(false);
    }

    private void cancel(Claimed row, String reason, String outcome) {
        update(row, "UPDATE outbound_message SET status = 'CANCELLED', last_error = :error WHERE id = :id "
                + "AND status = 'SENDING'", null, reason);
        count(row, outcome);
    }

    private void fail(Claimed row, String reason, String outcome) {
        update(row, "UPDATE outbound_message SET status = 'FAILED', attempts = attempts + 1, last_error = :error "
                + "WHERE id = :id AND status = 'SENDING'", null, reason);
        log.warn("Outbound {} to {} {} failed: {}", row.id(), row.channel(), AddressMask.mask(row.address()), reason);
        count(row, outcome);
    }

    private void update(Claimed row, String sql, Instant at, String error) {
        var statement = jdbc.sql(sql).param("id", row.id());
        if (sql.contains(":at")) {
            statement = statement.param("at", Timestamp.from(at));
        }
        if (sql.contains(":error")) {
            statement = statement.param("error", error);
        }
        statement.update();
    }

    private void count(Claimed row, String outcome) {
        meters.counter("companion.outbound.sends", "channel", row.channel().name(), "outcome", outcome).increment();
    }

    private int queued() {
        return jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'QUEUED'").query(Integer.class).single();
    }

    private static List<List<OutgoingMessage.Button>> buttons(String markup) {
        if (markup == null) {
            return List.of();
        }
        List<List<OutgoingMessage.Button>> rows = new ArrayList<>();
        for (JsonNode row : JSON.readTree(markup)) {
            List<OutgoingMessage.Button> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                buttons.add(new OutgoingMessage.Button(button.get("label").asString(), button.get("data").asString()));
            }
            rows.add(buttons);
        }
        return rows;
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        return new Claimed(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("address"),
                rs.getObject("participant_id", Long.class), rs.getString("kind"), rs.getString("body"),
                rs.getString("markup"), rs.getInt("priority"), rs.getInt("attempts"));
    }
}
