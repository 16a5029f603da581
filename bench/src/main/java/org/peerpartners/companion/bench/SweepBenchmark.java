package org.peerpartners.companion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerpartners.companion.scheduler.DueMessageSweep;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark (issue 5): the due-message sweep. 10,000 participants in 1,000 groups (four
 * North American zones, one of them the half-hour St. John's; half SMS, half Telegram);
 * 10,000 due rows (meeting reminders, plan recaps, monthly budget messages, which make the
 * claim query join meetings, plans and spending) turned into outbound rows by
 * {@link DueMessageSweep#sweep()}, timed. Done with one month of old due and outbound rows
 * behind them, then again with a year, to show the sweep does not slow as history grows.
 * The clock is fixed at a Tuesday 18:00 UTC, outside everyone's quiet hours.
 * <p>
 * {@code --participants 10000}, {@code --groups 1000}, {@code --per-month 20} (old due rows
 * and outbound rows per participant per month of history), {@code --runs 3}, {@code --warmup 3}
 * (unmeasured sweeps of the same size first, before any history).
 */
public final class SweepBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-24T18:00:00Z");
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int participants = Integer.parseInt(options.getOrDefault("participants", "10000"));
        int groups = Integer.parseInt(options.getOrDefault("groups", "1000"));
        int perMonth = Integer.parseInt(options.getOrDefault("per-month", "20"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        int warmups = Integer.parseInt(options.getOrDefault("warmup", "3"));

        Path dataDir = Files.createTempDirectory("companion-bench-sweep");
        try (FakeProviders fakes = new FakeProviders(30)) {
            Map<String, Object> overrides = new LinkedHashMap<>();
            overrides.put("companion.messaging.workers.enabled", "false");
            overrides.put("spring.quartz.auto-startup", "false");
            SpringApplication application = new SpringApplication(BenchApplication.class);
            Map<String, Object> properties = BenchApplication.properties(fakes, dataDir.resolve("postgres"), overrides);
            application.setDefaultProperties(properties);
            application.addInitializers(context -> {
                context.getEnvironment().getPropertySources().addFirst(
                        new org.springframework.core.env.MapPropertySource("bench", properties));
                context.getBeanFactory().registerSingleton("clock", Clock.fixed(NOW, ZoneOffset.UTC));
            });
            try (ConfigurableApplicationContext context = application.run()) {
                System.out.println("database: " + BenchApplication.durability(context));
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                DueMessageSweep sweep = context.getBean(DueMessageSweep.class);
                long started = System.nanoTime();
                people(jdbc, participants, groups);
                System.out.printf("setup: %d participants in %d groups (%d ms)%n", participants, groups,
                        (System.nanoTime() - started) / 1_000_000);

                // Warm-up, not measured: in the app the sweep runs every few seconds, so its code is compiled.
                int run = 0;
                for (int i = 0; i < warmups; i++) {
                    run++;
                    due(jdbc, run);
                    sweep.sweep();
                }
                System.out.printf("warm-up: %d sweeps of %,d rows%n", warmups, participants);
                int written = 0;
                for (int months : new int[] {1, 12}) {
                    started = System.nanoTime();
                    history(jdbc, written + 1, months, perMonth);
                    written = months;
                    long[] counts = counts(jdbc);
                    System.out.printf("history: %d month(s): %,d due rows, %,d outbound rows (%d s to write)%n", months,
                            counts[0], counts[1], (System.nanoTime() - started) / 1_000_000_000);
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        run++;
                        due(jdbc, run);
                        long cpu0 = THREADS.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        DueMessageSweep.Result result = sweep.sweep();
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
                        times.add(ms);
                        // CPU time of the sweeping thread (Java side only): the rest of the wall time is
                        // the database's work and waiting for a core on a shared machine.
                        System.out.printf("  run %d: %,d claimed, %,d queued, %d moved, %d dropped in %d ms (java cpu %d ms)%n",
                                run, result.claimed(), result.queued(), result.moved(), result.dropped(), ms, cpuMs);
                    }
                    times.sort(null);
                    System.out.printf("RESULT history=%dmonth(s) due-rows=%d median-ms=%d best-ms=%d worst-ms=%d%n", months,
                            counts[0], times.get(times.size() / 2), times.get(0), times.get(times.size() - 1));
                }
            }
        } finally {
            Options.deleteRecursively(dataDir);
        }
    }

    private static long[] counts(JdbcTemplate jdbc) {
        return new long[] {jdbc.queryForObject("SELECT count(*) FROM due_message", Long.class),
            jdbc.queryForObject("SELECT count(*) FROM outbound_message", Long.class)};
    }

    /** Groups with a meeting in two hours, participants with a channel, an allowance and a plan this week. */
    private static void people(JdbcTemplate jdbc, int participants, int groups) {
        jdbc.execute("""
                INSERT INTO program (name, time_zone) VALUES ('Bench', 'America/New_York');
                INSERT INTO staff_user (program_id, email, display_name, role, time_zone)
                    SELECT id, 'coach@bench.example', 'Coach', 'COACH', 'America/New_York' FROM program;
                """);
        jdbc.update("""
                INSERT INTO peer_group (program_id, name, coach_id, time_zone)
                SELECT p.id, 'Group ' || n, s.id, 'America/New_York' FROM program p, staff_user s, generate_series(1, ?) n
                """, groups);
        jdbc.update("""
                INSERT INTO meeting (group_id, starts_at, ends_at, place)
                SELECT id, ?::timestamptz + interval '2 hours', ?::timestamptz + interval '210 minutes',
                    'Community room, Eastside Public Library' FROM peer_group
                """, Timestamp.from(NOW), Timestamp.from(NOW));
        jdbc.update("""
                INSERT INTO participant (group_id, first_name, language, time_zone, monthly_allowance, enrolled_on)
                SELECT g.id, 'Person' || n, CASE WHEN n % 3 = 0 THEN 'es' ELSE 'en' END,
                    (ARRAY['America/New_York', 'America/Chicago', 'America/Denver', 'America/St_Johns'])[n % 4 + 1],
                    45, '2025-01-01'
                FROM generate_series(1, ?) n
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM peer_group) g ON g.k = n % ?
                """, participants, groups);
        jdbc.execute("""
                INSERT INTO channel_identity (channel, address, participant_id)
                SELECT CASE WHEN id % 2 = 0 THEN 'SMS' ELSE 'TELEGRAM' END,
                    CASE WHEN id % 2 = 0 THEN '+1555' || lpad(id::text, 7, '0') ELSE (700000000 + id)::text END, id
                FROM participant;
                INSERT INTO action_plan (participant_id, week_start) SELECT id, '2026-11-23' FROM participant;
                INSERT INTO plan_item (plan_id, number, text, planned_on)
                    SELECT a.id, n, 'Walk in the park with the walking club', '2026-11-25'
                    FROM action_plan a, generate_series(1, 3) n;
                DELETE FROM schedule_request;
                ANALYZE;
                """);
    }

    /** Old rows, as the sweep left them: SENT due rows and SENT outbound rows spread over the months. */
    private static void history(JdbcTemplate jdbc, int fromMonth, int toMonth, int perMonth) {
        for (int month = fromMonth; month <= toMonth; month++) {
            jdbc.update("""
                    WITH old AS (
                        SELECT p.id AS participant_id, n,
                            ?::timestamptz - make_interval(months => ?::int) + make_interval(hours => n * 30) AS at
                        FROM participant p, generate_series(1, ?) n),
                    due AS (
                        INSERT INTO due_message (kind, participant_id, due_at, original_due_at, dedup_key, payload, status,
                            reason, created_at, processed_at)
                        SELECT 'meeting-reminder', participant_id, at, at, 'history:' || ? || ':' || n || ':' || participant_id,
                            '{}', 'SENT', 'sent: queued on SMS', at - interval '7 days', at
                        FROM old)
                    INSERT INTO outbound_message (channel, address, participant_id, kind, body, priority, status,
                        next_attempt_at, dedup_key, created_at, sent_at)
                    SELECT 'SMS', '+1555' || lpad(participant_id::text, 7, '0'), participant_id, 'MEETING_REMINDER',
                        CASE WHEN ? > 1 THEN NULL ELSE 'Reminder: your group meets Tue Nov 24, 1:00 PM at the library.' END,
                        5, 'SENT', at, 'scheduled:history:' || ? || ':' || n || ':' || participant_id, at, at
                    FROM old
                    """, Timestamp.from(NOW), month, perMonth, month, month, month);
        }
        jdbc.execute("VACUUM ANALYZE due_message");
        jdbc.execute("VACUUM ANALYZE outbound_message");
    }

    /** One due row per participant, due a second ago, of three kinds. */
    private static void due(JdbcTemplate jdbc, int run) {
        jdbc.update("""
                INSERT INTO due_message (kind, participant_id, due_at, original_due_at, stale_at, dedup_key, payload, created_at)
                SELECT k.kind, p.id, ?::timestamptz - interval '1 second', ?::timestamptz - interval '1 second',
                    CASE WHEN k.kind = 'meeting-reminder' THEN m.starts_at END,
                    k.kind || '-run' || ? || ':' || p.id,
                    CASE k.kind WHEN 'meeting-reminder' THEN jsonb_build_object('meetingId', m.id::text)
                                WHEN 'monthly-budget' THEN jsonb_build_object('month', '2026-11')
                                ELSE jsonb_build_object('meetingId', m.id::text) END,
                    ?::timestamptz
                FROM participant p
                JOIN meeting m ON m.group_id = p.group_id
                CROSS JOIN LATERAL (SELECT (ARRAY['meeting-reminder', 'plan-recap', 'monthly-budget'])[p.id % 3 + 1] AS kind) k
                """, Timestamp.from(NOW), Timestamp.from(NOW), run, Timestamp.from(NOW));
    }
}
