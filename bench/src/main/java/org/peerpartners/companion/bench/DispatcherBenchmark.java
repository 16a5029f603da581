package org.peerpartners.companion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark 2 (issue 3): the dispatcher. One application, workers on, with the production
 * Telegram limits (30/s for the bot, 1/s per chat) and the SMS limit raised out of the way.
 * (a) Unlimited: N SMS rows to N numbers are queued in one transaction; sends/s until all
 * are SENT, against a fake Twilio that accepts everything. (b) Capped: M Telegram rows to M
 * chats against a fake Telegram that refuses (429, retry_after 1) anything beyond 30 in a
 * one-second window; the achieved rate as a share of 30/s and the busiest window.
 * <p>
 * {@code --messages 20000}, {@code --capped-seconds 60} (M = 30 × this), {@code --timeout 600}
 * (seconds each phase may take at most), {@code --poll-interval 200ms} (the workers' pause
 * between polls; the default is the application's).
 */
public final class DispatcherBenchmark {

    private static final int TELEGRAM_CAP = 30;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int messages = Integer.parseInt(options.getOrDefault("messages", "20000"));
        int cappedSeconds = Integer.parseInt(options.getOrDefault("capped-seconds", "60"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "600")));

        Path dataDir = Files.createTempDirectory("companion-bench-dispatch");
        try (FakeProviders fakes = new FakeProviders(TELEGRAM_CAP)) {
            Map<String, Object> overrides = new LinkedHashMap<>();
            overrides.put("companion.messaging.rate-limits.sms-segments-per-second", "1000000");
            overrides.put("companion.messaging.rate-limits.telegram-per-second", String.valueOf(TELEGRAM_CAP));
            overrides.put("companion.messaging.rate-limits.telegram-per-chat-per-second", "1");
            overrides.put("companion.messaging.workers.poll-interval", options.getOrDefault("poll-interval", "200ms"));
            try (ConfigurableApplicationContext context = BenchApplication.start(
                    BenchApplication.properties(fakes, dataDir.resolve("postgres"), overrides))) {
                System.out.println("database: " + BenchApplication.durability(context));
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                Outbox outbox = context.getBean(Outbox.class);
                TransactionTemplate transaction = new TransactionTemplate(
                        context.getBean(PlatformTransactionManager.class));

                // warm-up: a few hundred sends, not measured
                Phase warm = queue(transaction, outbox, Channel.SMS, 500, "warm");
                waitUntilSent(jdbc, warm, timeout);

                Phase unlimited = queue(transaction, outbox, Channel.SMS, messages, "sms");
                Instant unlimitedDone = waitUntilSent(jdbc, unlimited, timeout);
                report(jdbc, "UNLIMITED", unlimited, unlimitedDone);
                FakeProviders.Windows twilio = fakes.twilioSends();
                System.out.printf("UNLIMITED the fake Twilio got %d create-message calls in all (%d rows queued in "
                        + "all, warm-up included); busiest second %d%n", twilio.total(twilio.requestsPerSecond()),
                        messages + warm.count(), twilio.requestsPerSecond().values().stream()
                                .mapToInt(Integer::intValue).max().orElse(0));

                Phase capped = queue(transaction, outbox, Channel.TELEGRAM, TELEGRAM_CAP * cappedSeconds, "tg");
                Instant cappedDone = waitUntilSent(jdbc, capped, timeout);
                report(jdbc, "CAPPED", capped, cappedDone);
                FakeProviders.Windows telegram = fakes.telegramSends();
                Map<Long, Integer> requests = telegram.requestsPerSecond();
                Map<Long, Integer> accepted = telegram.acceptedPerSecond();
                long refused = telegram.total(requests) - telegram.total(accepted);
                int busiest = requests.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                long first = accepted.keySet().stream().mapToLong(Long::longValue).min().orElse(0);
                long last = accepted.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
                // the first and last windows are partial (the run starts and ends inside them)
                long interiorSeconds = Math.max(0, last - first - 1);
                long interiorSends = accepted.entrySet().stream()
                        .filter(e -> e.getKey() > first && e.getKey() < last).mapToLong(Map.Entry::getValue).sum();
                double interiorRate = interiorSeconds == 0 ? Double.NaN : (double) interiorSends / interiorSeconds;
                System.out.printf(Locale.ROOT, "CAPPED    at the fake: %d sendMessage requests, %d accepted, %d refused "
                        + "(429); busiest window %d requests (cap %d); full windows %d, mean %.2f/s = %.1f %% of the cap%n",
                        telegram.total(requests), telegram.total(accepted), refused, busiest, TELEGRAM_CAP,
                        interiorSeconds, interiorRate, 100 * interiorRate / TELEGRAM_CAP);
                System.out.println("CAPPED    requests per second at the fake: " + requests.values());
            }
        } finally {
            Options.deleteRecursively(dataDir);
        }
        System.exit(0);
    }

    record Phase(String prefix, int count, Instant committed) {
    }

    /** Queues {@code count} replies to distinct addresses in one transaction, so the dispatcher sees them at once. */
    private static Phase queue(TransactionTemplate transaction, Outbox outbox, Channel channel, int count,
            String prefix) {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                String address = channel == Channel.SMS ? "+1" + (3_000_000_000L + i)
                        : String.valueOf(7_000_000_000L + i);
                outbox.enqueue(OutboxEntry.text(channel, address, "REPLY", "Logged $12.50 for bowling.",
                        Priority.REPLY, "bench:" + prefix + ":" + i));
            }
        });
        return new Phase(prefix, count, Instant.now());
    }

    private static long unsent(JdbcClient jdbc, Phase phase) {
        return jdbc.sql("SELECT count(*) FROM outbound_message WHERE dedup_key LIKE :prefix AND status <> 'SENT'")
                .param("prefix", "bench:" + phase.prefix() + ":%").query(Long.class).single();
    }

    private static Instant waitUntilSent(JdbcClient jdbc, Phase phase, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        while (unsent(jdbc, phase) > 0 && System.nanoTime() - start < timeout.toNanos()) {
            Thread.sleep(200);
        }
        return Instant.now();
    }

    private static void report(JdbcClient jdbc, String label, Phase phase, Instant done) {
        String prefix = "bench:" + phase.prefix() + ":%";
        long sent = jdbc.sql("SELECT count(*) FROM outbound_message WHERE dedup_key LIKE :prefix AND status = 'SENT'")
                .param("prefix", prefix).query(Long.class).single();
        Timestamp first = jdbc.sql("SELECT min(sent_at) FROM outbound_message WHERE dedup_key LIKE :prefix")
                .param("prefix", prefix).query(Timestamp.class).single();
        Timestamp last = jdbc.sql("SELECT max(sent_at) FROM outbound_message WHERE dedup_key LIKE :prefix")
                .param("prefix", prefix).query(Timestamp.class).single();
        long retried = jdbc.sql("SELECT count(*) FROM outbound_message WHERE dedup_key LIKE :prefix AND attempts > 1")
                .param("prefix", prefix).query(Long.class).single();
        double wall = Duration.between(phase.committed(), done).toMillis() / 1000.0;
        double span = first == null ? Double.NaN
                : Duration.between(first.toInstant(), last.toInstant()).toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "%-9s %d queued, %d SENT (%d needed more than one attempt); from commit to all "
                + "sent %.1f s = %.0f sends/s; first to last sent_at %.1f s = %.0f sends/s%n", label, phase.count(),
                sent, retried, wall, sent / wall, span, sent / span);
    }
}
