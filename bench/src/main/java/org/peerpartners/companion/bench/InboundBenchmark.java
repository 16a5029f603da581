package org.peerpartners.companion.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerpartners.companion.bot.inbound.InboundLog;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark 1 (issue 3): inbound end to end. Starts the fakes and the application (workers
 * on), then loads, one after the other with the same clients,
 * (a) the bare baseline endpoint and (b) the real webhooks, half signed Twilio SMS and half
 * Telegram updates with the secret, every message from a sender never seen before. Every
 * stranger gets the "how to join" reply, so a message counts as processed end to end when
 * its row is PROCESSED and its reply row (dedup key {@code how-to-join:<id>}) exists.
 * <p>
 * {@code --duration 120} (seconds per load phase), {@code --clients 16},
 * {@code --warmup 10} (seconds per endpoint, not measured), {@code --drain 180} (seconds to
 * wait, after the load, for the worker to finish the backlog), {@code --max-requests 2000000},
 * {@code --scheduler-threads 4} (the app's pool, spring.task.scheduling.pool.size; the inbound worker and the dispatcher
 * share it), {@code --send-limits production} (the replies go out at the application's
 * default provider limits, Telegram 30/s and SMS 1 segment/s, as they would in production;
 * {@code unlimited} lifts them, so the dispatcher sends as fast as it can during the load
 * and takes its share of the cores), {@code --set name=value,name=value} (more application
 * properties, e.g. {@code companion.messaging.workers.inbound-threads=4}).
 */
public final class InboundBenchmark {

    private static final String SMS_PATH = "/webhooks/twilio/sms";
    private static final String TELEGRAM_PATH = "/webhooks/telegram";

    private final int port;
    private final JdbcClient jdbc;
    private final InboundLog inbound;

    private InboundBenchmark(int port, JdbcClient jdbc, InboundLog inbound) {
        this.port = port;
        this.jdbc = jdbc;
        this.inbound = inbound;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "120")));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        Duration drain = Duration.ofSeconds(Long.parseLong(options.getOrDefault("drain", "180")));
        long maxRequests = Long.parseLong(options.getOrDefault("max-requests", "2000000"));
        String schedulerThreads = options.getOrDefault("scheduler-threads", "4");
        String sendLimits = options.getOrDefault("send-limits", "production");

        Path dataDir = Files.createTempDirectory("companion-bench-inbound");
        try (FakeProviders fakes = new FakeProviders(0)) {
            Map<String, Object> overrides = new LinkedHashMap<>();
            if ("unlimited".equals(sendLimits)) {
                overrides.put("companion.messaging.rate-limits.sms-segments-per-second", "1000000");
                overrides.put("companion.messaging.rate-limits.telegram-per-second", "1000000");
                overrides.put("companion.messaging.rate-limits.telegram-per-chat-per-second", "1000");
            } else if (!"production".equals(sendLimits)) {
                throw new IllegalArgumentException("--send-limits is production or unlimited, not " + sendLimits);
            }
            // Spring's default is one thread, shared by the inbound worker and the dispatcher
            overrides.put("spring.task.scheduling.pool.size", schedulerThreads);
            for (String setting : options.getOrDefault("set", "").split(",")) {
                if (!setting.isBlank()) {
                    overrides.put(setting.substring(0, setting.indexOf('=')).strip(),
                            setting.substring(setting.indexOf('=') + 1).strip());
                }
            }
            System.out.println("settings: send limits " + sendLimits + ", overrides " + overrides);
            try (ConfigurableApplicationContext context = BenchApplication.start(
                    BenchApplication.properties(fakes, dataDir.resolve("postgres"), overrides))) {
                InboundBenchmark bench = new InboundBenchmark(BenchApplication.port(context),
                        context.getBean(JdbcClient.class), context.getBean(InboundLog.class));
                System.out.println("database: " + BenchApplication.durability(context));
                bench.run(clients, duration, warmup, drain, maxRequests, fakes, schedulerThreads,
                        "unlimited".equals(sendLimits));
            }
        } finally {
            Options.deleteRecursively(dataDir);
        }
        System.exit(0);
    }

    private void run(int clients, Duration duration, Duration warmup, Duration drain, long maxRequests,
            FakeProviders fakes, String schedulerThreads, boolean unlimitedSends) throws InterruptedException {
        System.out.printf("clients %d, duration %d s per phase, warm-up %d s per endpoint, port %d, "
                + "scheduler threads %s%n", clients, duration.toSeconds(), warmup.toSeconds(), port,
                schedulerThreads);

        // the baseline first, while nothing else runs; warm-up (JIT, connection pools) is bounded
        // in time and count, and its sequence numbers stay far below the measured ones
        new LoadGenerator(port, clients, warmup, 3_000).run(1, this::baselineShot);
        long baselineFirst = 100_000_000L;
        LoadGenerator.Result baseline = new LoadGenerator(port, clients, duration, maxRequests)
                .run(baselineFirst, this::baselineShot);
        System.out.println("BASELINE  " + baseline.summary());
        Set<String> baselineStored = new HashSet<>(jdbc.sql("SELECT provider_id FROM bench_baseline")
                .query(String.class).list());
        long baselineLost = baseline.acceptedIds().stream().filter(id -> !baselineStored.contains(id)).count();
        System.out.printf("BASELINE  lost %d%n", baselineLost);

        new LoadGenerator(port, clients, warmup, 1_000).run(1, this::pipelineShot);
        // with the production limits the warm-up's replies go out at 1 SMS a second: only wait for them when unlimited
        Duration warmDrain = waitForBacklog(drain, unlimitedSends);
        System.out.printf("warm-up of the pipeline done; its inbound and outbound backlog drained in %d s "
                + "(remaining inbound %d, outbound %d)%n", warmDrain.toSeconds(), pending(), outboundPending());

        long pipelineFirst = 200_000_000L;
        long twilioBefore = fakes.twilioSends().total(fakes.twilioSends().requestsPerSecond());
        long telegramBefore = fakes.telegramSends().total(fakes.telegramSends().requestsPerSecond());
        Instant loadStart = Instant.now();
        LoadGenerator.Result pipeline = new LoadGenerator(port, clients, duration, maxRequests)
                .run(pipelineFirst, this::pipelineShot);
        Instant loadEnd = Instant.now();
        long pendingAtEnd = pending();
        printClaimPlan();
        System.out.println("PIPELINE  " + pipeline.summary());
        System.out.printf(Locale.ROOT, "RATIO     pipeline/baseline accepted per second: %.2f%n",
                pipeline.acceptedPerSecond() / baseline.acceptedPerSecond());

        long processedInWindow = processedWithReply(loadStart, loadEnd);
        double windowSeconds = Duration.between(loadStart, loadEnd).toMillis() / 1000.0;
        System.out.printf(Locale.ROOT,
                "E2E       during the load: %d processed with a reply queued in %.1f s = %.0f /s; backlog at the end %d%n",
                processedInWindow, windowSeconds, processedInWindow / windowSeconds, pendingAtEnd);

        Duration drained = waitForBacklog(drain, false);
        long remaining = pending();
        if (remaining > 0) {
            // what held them up: their state, and what the database sessions were doing
            jdbc.sql("""
                    SELECT status || ', ' || attempts || ' attempts, ' || count(*) || ' rows, last error: '
                        || coalesce(max(last_error), 'none') FROM inbound_message
                    WHERE status IN ('RECEIVED', 'FAILED') GROUP BY status, attempts
                    """).query(String.class).list().forEach(line -> System.out.println("STUCK     " + line));
            jdbc.sql("""
                    SELECT state || ' ' || coalesce(wait_event_type || ':' || wait_event, '') || ' for '
                        || coalesce((now() - xact_start)::text, '-') || ': ' || left(query, 100)
                    FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle'
                      AND pid <> pg_backend_pid()
                    """).query(String.class).list().forEach(line -> System.out.println("SESSION   " + line));
        }
        Instant lastProcessed = jdbc.sql("SELECT max(processed_at) FROM inbound_message").query(Timestamp.class)
                .single().toInstant();
        long processedTotal = processedWithReply(loadStart, lastProcessed.plusMillis(1));
        double totalSeconds = Duration.between(loadStart, lastProcessed).toMillis() / 1000.0;
        System.out.printf(Locale.ROOT,
                "E2E       after the load: backlog drained in %d s (remaining %d); %d processed with reply from load "
                        + "start to last processed in %.1f s = %.0f /s%n",
                drained.toSeconds(), remaining, processedTotal, totalSeconds, processedTotal / totalSeconds);

        // lost: answered 2xx but no row; duplicated: more than one row, or more than one reply, per message
        Set<String> stored = new HashSet<>(jdbc.sql("SELECT channel || ':' || provider_id FROM inbound_message")
                .query(String.class).list());
        long lost = pipeline.acceptedIds().stream().filter(id -> !stored.contains(id)).count();
        long duplicateRows = jdbc.sql("""
                SELECT count(*) FROM (SELECT 1 FROM inbound_message GROUP BY channel, provider_id HAVING count(*) > 1) d
                """).query(Long.class).single();
        long duplicateReplies = jdbc.sql("""
                SELECT count(*) FROM (SELECT 1 FROM outbound_message WHERE kind = 'HOW_TO_JOIN'
                                      GROUP BY channel, address HAVING count(*) > 1) d
                """).query(Long.class).single();
        long notProcessed = jdbc.sql("SELECT count(*) FROM inbound_message WHERE status <> 'PROCESSED'")
                .query(Long.class).single();
        System.out.printf("INTEGRITY accepted %d, lost %d, duplicated rows %d, senders with more than one reply %d, "
                + "rows not PROCESSED %d%n", pipeline.accepted(), lost, duplicateRows, duplicateReplies, notProcessed);
        Map<String, Long> outbound = jdbc.sql("SELECT status, count(*) FROM outbound_message GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long fakeSends = fakes.twilioSends().total(fakes.twilioSends().requestsPerSecond()) - twilioBefore
                + fakes.telegramSends().total(fakes.telegramSends().requestsPerSecond()) - telegramBefore;
        System.out.printf("OUTBOUND  rows by status (warm-up included) %s; sends the fakes got since the load began %d%n",
                outbound, fakeSends);
        // how the join guide's "told recently?" lookup runs once the outbox holds this run's replies
        System.out.println("PLAN      the join guide's lookup (JoinGuide.reply), on " + outbound.values().stream()
                .mapToLong(Long::longValue).sum() + " outbound rows:");
        jdbc.sql("""
                EXPLAIN (ANALYZE, BUFFERS OFF) SELECT EXISTS (SELECT 1 FROM outbound_message
                               WHERE channel = 'SMS' AND address = '+19999999999' AND kind = 'HOW_TO_JOIN'
                                 AND created_at > now() - interval '24 hours')
                """).query(String.class).list().forEach(line -> System.out.println("PLAN        " + line));
    }

    /** How the inbound claim (InboundLog.claimBatch) is planned for the table as it is at the end of the load. */
    private void printClaimPlan() {
        System.out.println("PLAN      the inbound claim (InboundLog.claimBatch), with the backlog at the end of the load:");
        inbound.claimPlan(500).forEach(line -> System.out.println("PLAN        " + line));
    }

    private long processedWithReply(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT count(*) FROM inbound_message i
                JOIN outbound_message o ON o.dedup_key = 'how-to-join:' || i.id
                WHERE i.status = 'PROCESSED' AND i.processed_at >= :from AND i.processed_at < :to
                """).param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).single();
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM inbound_message WHERE status IN ('RECEIVED', 'FAILED')")
                .query(Long.class).single();
    }

    private long outboundPending() {
        return jdbc.sql("SELECT count(*) FROM outbound_message WHERE status IN ('QUEUED', 'SENDING')")
                .query(Long.class).single();
    }

    /** Waits (bounded) until no inbound message (and, if asked, no outbound one) is waiting; returns how long. */
    private Duration waitForBacklog(Duration limit, boolean outboundToo) throws InterruptedException {
        long start = System.nanoTime();
        while ((pending() > 0 || outboundToo && outboundPending() > 0) && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(500);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private LoadGenerator.Shot baselineShot(long seq) {
        Map<String, String> params = smsParams(seq);
        return form(params.get("MessageSid"), Baseline.PATH, params);
    }

    /** Even numbers are SMS, odd ones Telegram; every number is a new sender. */
    private LoadGenerator.Shot pipelineShot(long seq) {
        if (seq % 2 == 0) {
            Map<String, String> params = smsParams(seq);
            return form("SMS:" + params.get("MessageSid"), SMS_PATH, params);
        }
        long chat = 6_000_000_000L + seq;
        String update = """
                {"update_id": %d, "message": {"message_id": 18,
                 "from": {"id": %d, "is_bot": false, "first_name": "Ben", "language_code": "en"},
                 "chat": {"id": %d, "first_name": "Ben", "type": "private"},
                 "date": 1795359905, "text": "hello, how do I join?"}}
                """.formatted(seq, chat, chat);
        return LoadGenerator.Shot.post("TELEGRAM:" + seq, TELEGRAM_PATH, Map.of("Content-Type", "application/json",
                "X-Telegram-Bot-Api-Secret-Token", BenchApplication.WEBHOOK_SECRET), update);
    }

    private static Map<String, String> smsParams(long seq) {
        String sid = String.format(Locale.ROOT, "SM%032x", seq);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ToCountry", "US");
        params.put("SmsMessageSid", sid);
        params.put("NumMedia", "0");
        params.put("SmsSid", sid);
        params.put("SmsStatus", "received");
        params.put("Body", "hello, how do I sign up?");
        params.put("To", BenchApplication.OUR_NUMBER);
        params.put("NumSegments", "1");
        params.put("MessageSid", sid);
        params.put("AccountSid", BenchApplication.ACCOUNT);
        params.put("From", "+1" + (2_000_000_000L + seq));
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    private static LoadGenerator.Shot form(String id, String path, Map<String, String> params) {
        String body = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return LoadGenerator.Shot.post(id, path, Map.of("Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", Baseline.sign(BenchApplication.AUTH_TOKEN, BenchApplication.PUBLIC_BASE_URL + path,
                        params)), body);
    }
}
