package org.peerpartners.companion.bot.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.peerpartners.companion.bot.MessagingProperties;
import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.messaging.AddressMask;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.IndexOrder;
import org.peerpartners.companion.consent.ConsentLedger;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.peerpartners.companion.messaging.SmsSegments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
public class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Channel, ChannelAdapter> adapters = new EnumMap<>(Channel.class);
    private final JdbcClient jdbc;
    private final ConsentLedger consent;
    private final DeliveryReports reports;
    private final RateLimiter limiter;
    private final Clock clock;
    private final MessagingProperties.Outbound settings;
    private final MessagingProperties.RateLimits limits;
    private final MeterRegistry meters;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate recording;
    private final ExecutorService senders;

    Dispatcher(List<ChannelAdapter> adapters, JdbcClient jdbc, ConsentLedger consent, NamedParameterJdbcTemplate batch,
            PlatformTransactionManager transactions, DeliveryReports reports,
            RateLimiter limiter, Clock clock, MessagingProperties properties, MeterRegistry meters) {
        adapters.forEach(adapter -> this.adapters.put(adapter.channel(), adapter));
        this.jdbc = jdbc;
        this.consent = consent;
        this.batch = batch;
        this.recording = new TransactionTemplate(transactions);
        this.reports = reports;
        this.limiter = limiter;
        this.clock = clock;
        this.settings = properties.outbound();
        this.limits = properties.rateLimits();
        this.meters = meters;
        Gauge.builder("companion.outbound.queued", this, Dispatcher::queued)
                .description("outbound messages waiting to be sent").register(meters);
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(settings.sendThreads(), task -> {
            Thread thread = new Thread(task, "outbound-send-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() {
        // a send still running finishes or times out; its row stays SENDING until its lease ends
        senders.shutdown();
    }

    /** The channels whose limits refused every row a batch had for them, in one window (epoch second). */
    private static final class FullChannels {
        private long window = -1;
        private final Set<Channel> channels = EnumSet.noneOf(Channel.class);

        void mark(long inWindow, Set<Channel> full) {
            if (inWindow != window) {
                window = inWindow;
                channels.clear();
            }
            channels.addAll(full);
        }

        List<String> in(long currentWindow) {
            return currentWindow == window ? channels.stream().map(Channel::name).toList() : List.of();
        }
    }

    /** A claimed row. */
    record Claimed(long id, Channel channel, String address, Long participantId, String kind, String body,
            String replyMarkup, int priority, int attempts) {
    }

    /**
     * Claims one batch of due messages and sends them; returns how many were claimed. The
     * checks run first, then the rate-limit slots of the whole batch are taken in one
     * transaction, the sends go out in parallel (one task per recipient, in order, so a
     * person's messages keep their order; priority by priority, so urgent ones go first)
     * and each send is marked SENT the moment the provider took it (so a crash can repeat
     * only the sends in flight, at most one per send thread); the other outcomes are
     * recorded together in one transaction.
     *
     * @return how many rows were claimed
     */
    public int dispatchOnce() {
        return dispatchOnce(new FullChannels());
    }

    /**
     * Dispatches batches until nothing is due that the current window's limits allow; returns
     * how many rows were claimed. A channel whose limit refused every one of its rows in a
     * batch is not claimed again until the window ends: with a backlog bigger than a window
     * allows (a reminder burst on one SMS number at 1 segment a second), claiming its rows
     * would only put them back, again and again, and keep the other channels' rows waiting.
     */
    public int drain() {
        FullChannels full = new FullChannels();
        int claimed = 0;
        int batch;
        while ((batch = dispatchOnce(full)) > 0) {
            claimed += batch;
        }
        return claimed;
    }

    private int dispatchOnce(FullChannels full) {
        List<Claimed> batch = claim(full.in(limiter.currentWindow()));
        if (batch.isEmpty()) {
            return 0;
        }
        List<Runnable> outcomes = new ArrayList<>();
        List<Claimed> candidates = new ArrayList<>();
        Set<ConsentLedger.Address> optedOut = consent.optedOutAmong(
                batch.stream().map(Claimed::channel).toList(), batch.stream().map(Claimed::address).toList());
        for (Claimed row : batch) {
            if (adapters.get(row.channel()) == null) {
                outcomes.add(() -> fail(row, "the " + row.channel() + " channel is not configured", "not_configured"));
            } else if (!OutboxEntry.CONSENT_KINDS.contains(row.kind()) && optedOut.contains(new ConsentLedger.Address(row.channel(), row.address()))) {
                outcomes.add(() -> cancel(row, "recipient opted out", "opted_out"));
            } else if (row.priority() >= Priority.BULK.value() && isPaused(row.participantId())) {
                outcomes.add(() -> cancel(row, "participant paused", "paused"));
            } else {
                candidates.add(row);
            }
        }
        long window = limiter.currentWindow();
        List<Long> heldBack = new ArrayList<>();
        List<Claimed> permitted = withPermits(window, candidates, heldBack, full);
        if (!heldBack.isEmpty()) {
            Instant next = limiter.nextWindow();
            outcomes.add(() -> jdbc.sql("UPDATE outbound_message SET status = 'QUEUED', next_attempt_at = :at "
                    + "WHERE id IN (:ids) AND status = 'SENDING'")
                    .param("at", Timestamp.from(next)).param("ids", heldBack).update());
        }
        // most urgent first: a priority's sends all finish before the next priority's start
        Map<Integer, Map<String, List<Claimed>>> byPriority = new TreeMap<>();
        for (Claimed row : permitted) {
            byPriority.computeIfAbsent(row.priority(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(row.channel() + ":" + row.address(), k -> new ArrayList<>()).add(row);
        }
        List<Sent> results = new ArrayList<>();
        byPriority.values().forEach(byRecipient -> results.addAll(sendAll(window, byRecipient.values())));
        Map<Long, String> recorded = new HashMap<>();
        recording.executeWithoutResult(status -> {
            outcomes.forEach(Runnable::run);
            for (Sent r : results) {
                recorded.put(r.row().id(), r.result() == null ? requeueLate(r.row())
                        : r.result() instanceof SendResult.Sent ? "sent" : record(r.row(), r.result()));
            }
        });
        results.stream().filter(r -> r.result() != null).forEach(r -> r.sample().stop(Timer.builder("companion.outbound.send")
                .tag("channel", r.row().channel().name()).tag("outcome", recorded.get(r.row().id())).register(meters)));
        return batch.size();
    }

    private static String recipient(Claimed row) {
        return row.channel() + ":" + row.address();
    }

    /** A send and its result (null: not sent, its window was over); failures are recorded once the batch is done. */
    private record Sent(Claimed row, SendResult result, Timer.Sample sample) {
    }

    /**
     * Queues a row again whose rate-limit window ended before its turn to be sent came and
     * that found no slot in the window it came in either.
     */
    private String requeueLate(Claimed row) {
        update(row, "UPDATE outbound_message SET status = 'QUEUED', next_attempt_at = :at WHERE id = :id "
                + "AND status = 'SENDING'", limiter.nextWindow(), null);
        count(row, "late");
        return "late";
    }

    /**
     * Takes the batch's rate-limit slots; returns the rows that got theirs. The ids of the
     * rows that got none are added to {@code heldBack} (they wait for the next window), and so
     * are the later rows of their recipient (they must not overtake).
     */
    private List<Claimed> withPermits(long window, List<Claimed> candidates, List<Long> heldBack,
            FullChannels full) {
        boolean[] granted = limiter.tryAcquireEach(window, candidates.stream().map(this::permits).toList());
        Set<String> waitingRecipients = new HashSet<>();
        List<Claimed> toSend = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Claimed row = candidates.get(i);
            if (granted[i] && !waitingRecipients.contains(recipient(row))) {
                toSend.add(row);
            } else {
                waitingRecipients.add(recipient(row));
                heldBack.add(row.id());
            }
        }
        Set<Channel> refused = EnumSet.noneOf(Channel.class);
        candidates.forEach(row -> refused.add(row.channel()));
        toSend.forEach(row -> refused.remove(row.channel()));
        full.mark(window, refused);
        return toSend;
    }

    /**
     * Sends each recipient's rows in order, recipients in parallel; waits for all. A row is
     * sent only while the window its slots were taken in lasts: sent later, it would count
     * in the provider's next second, which this instance or another may have filled already,
     * so a late row takes slots in the current window first (one transaction for that row).
     * See {@link #mayGoNow} for a row sent at the very end of its window.
     */
    private List<Sent> sendAll(long window, Collection<List<Claimed>> recipients) {
        List<Callable<List<Sent>>> tasks = new ArrayList<>();
        for (List<Claimed> rows : recipients) {
            tasks.add(() -> {
                List<Sent> sent = new ArrayList<>();
                boolean heldBack = false;
                for (Claimed row : rows) {
                    // once a row waits, the recipient's later rows wait too: they must not overtake it
                    heldBack = heldBack || !mayGoNow(window, row);
                    Sent result = heldBack ? new Sent(row, null, null) : send(row);
                    if (result.result() instanceof SendResult.Sent) {
                        recordSent(List.of(result));
                    }
                    sent.add(result);
                }
                return sent;
            });
        }
        List<Sent> results = new ArrayList<>();
        try {
            for (Future<List<Sent>> future : senders.invokeAll(tasks)) {
                results.addAll(future.get());
            }
        } catch (InterruptedException e) {
            // the rows not recorded stay SENDING until their lease ends, then go again
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a send task failed", e.getCause());
        }
        return results;
    }

    /**
     * Whether a row whose slots were taken in {@code window} may be sent now. After that
     * window it first takes slots in the current one. In the last {@code window-edge} of a
     * window the request may reach the provider in the next second (where the provider
     * counts it), so the row takes slots in the next window too; without them it waits.
     */
    private boolean mayGoNow(long window, Claimed row) {
        List<RateLimiter.Permit> permits = permits(row);
        if (permits.isEmpty()) {
            return true;
        }
        Instant now = clock.instant();
        long current = now.getEpochSecond();
        List<Long> windows = new ArrayList<>(2);
        if (current != window) {
            windows.add(current);
        }
        Duration leftInWindow = Duration.ofNanos(1_000_000_000L - now.getNano());
        if (leftInWindow.compareTo(limits.windowEdge()) <= 0) {
            windows.add(current + 1);
        }
        return windows.isEmpty() || limiter.tryAcquireIn(windows, permits);
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

    /**
     * Claims the next batch of due rows, leaving out the channels named in {@code skipped}:
     * in a transaction of its own, so that it can walk the due index in order
     * ({@link IndexOrder}); committed before anything is sent.
     */
    private List<Claimed> claim(List<String> skipped) {
        var claim = claimStatement("", skipped);
        List<Claimed> rows = new ArrayList<>(
                recording.execute(status -> IndexOrder.claim(jdbc, () -> claim.query(Dispatcher::claimed).list())));
        rows.sort(Comparator.comparingInt(Claimed::priority).thenComparingLong(Claimed::id));
        return rows;
    }

    /** The plan the claim gets now ({@code EXPLAIN}), for diagnosis. */
    List<String> claimPlan(List<String> skipped) {
        var explain = claimStatement("EXPLAIN ", skipped);
        return recording.execute(status -> IndexOrder.claim(jdbc, () -> explain.query(String.class).list()));
    }

    private JdbcClient.StatementSpec claimStatement(String prefix, List<String> skipped) {
        Instant now = clock.instant();
        var statement = jdbc.sql(prefix + """
                WITH due AS (
                    SELECT id FROM outbound_message
                    WHERE status = 'QUEUED' AND next_attempt_at <= :now
                """ + (skipped.isEmpty() ? "" : "      AND channel NOT IN (:skipped)\n") + """
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
                .param("leaseEnd", Timestamp.from(now.plus(settings.lease())));
        return skipped.isEmpty() ? statement : statement.param("skipped", skipped);
    }

    private Sent send(Claimed row) {
        Timer.Sample sample = Timer.start(meters);
        SendResult result;
        try {
            result = adapters.get(row.channel())
                    .send(new OutgoingMessage(row.id(), row.address(), row.body(), buttons(row.replyMarkup())));
        } catch (RuntimeException e) {
            // our adapter's own fault: the provider may or may not have the message
            log.error("Outbound {} to {} {}: the adapter threw", row.id(), row.channel(),
                    AddressMask.mask(row.address()), e);
            result = new SendResult.Failed(SendResult.SendFailure.retryable(
                    "adapter error: " + e.getClass().getSimpleName(), null));
        }
        return new Sent(row, result, sample);
    }

    /** Marks the sent rows SENT (one statement, committed at once: no transaction is open here). */
    private void recordSent(List<Sent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        SqlParameterSource[] rows = sent.stream().map(s -> new MapSqlParameterSource()
                .addValue("providerId", ((SendResult.Sent) s.result()).providerId())
                .addValue("segments", ((SendResult.Sent) s.result()).segments())
                .addValue("now", now).addValue("id", s.row().id()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                UPDATE outbound_message SET status = 'SENT', provider_id = :providerId, segments = :segments,
                    sent_at = :now, attempts = attempts + 1, last_error = NULL
                WHERE id = :id AND status = 'SENDING'
                """, rows);
        sent.forEach(s -> count(s.row(), "sent"));
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
