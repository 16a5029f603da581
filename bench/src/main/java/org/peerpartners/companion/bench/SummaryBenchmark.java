package org.peerpartners.companion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.flywaydb.core.Flyway;
import org.peerpartners.companion.summary.PreGroupSummaryWriter;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (issue 5): the pre-group summary on a program of {@code --groups} groups of
 * {@code --per-group} participants, once per history length in {@code --weeks} (e.g. 4 and 52,
 * a month and a year), each on a fresh embedded PostgreSQL filled by {@link SummaryData}.
 * (a) One group's summary: {@code --samples} builds of randomly chosen groups' next meeting
 * (read and assemble, the part that grows with history), after {@code --warmup} unmeasured
 * ones; p50/p95/p99/max. (b) All groups: every group's next-meeting summary built, serialized
 * and stored ({@link PreGroupSummaryWriter#write}), one after another on one connection.
 */
public final class SummaryBenchmark {

    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    public static void main(String[] args) throws Exception {
        LoggingSystem logging = LoggingSystem.get(SummaryBenchmark.class.getClassLoader());
        logging.beforeInitialize();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        Map<String, String> options = Options.parse(args);
        int groups = Integer.parseInt(options.getOrDefault("groups", "1000"));
        int perGroup = Integer.parseInt(options.getOrDefault("per-group", "10"));
        int samples = Integer.parseInt(options.getOrDefault("samples", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "300"));
        String[] weekSizes = options.getOrDefault("weeks", "4,52").split(",");

        System.out.printf(Locale.ROOT, "summary benchmark: %d groups x %d participants, history %s weeks, %d cpus%n",
                groups, perGroup, String.join(" and ", weekSizes), Runtime.getRuntime().availableProcessors());
        for (String size : weekSizes) {
            run(groups, perGroup, Integer.parseInt(size.strip()), samples, warmup);
        }
    }

    private static void run(int groups, int perGroup, int weeks, int samples, int warmup) throws IOException {
        Path dir = Files.createTempDirectory("companion-bench-summary");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("data"))
                .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
             HikariDataSource dataSource = dataSource(postgres)) {
            Flyway.configure().dataSource(dataSource).load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);

            long start = System.nanoTime();
            Map<String, Double> steps = new SummaryData(jdbc, groups, perGroup, weeks, NOW).generate();
            double generation = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%n== history %d weeks ==%n", weeks);
            System.out.printf(Locale.ROOT, "generated in %.1f s (%s)%n", generation, rounded(steps));
            System.out.println("rows: " + jdbc.sql("""
                    SELECT format('participants %s, meetings %s, plan items %s, check-ins %s, spending %s, journal %s,
                                   inbound messages %s, buddy contacts %s, attendance %s; database %s',
                        (SELECT count(*) FROM participant), (SELECT count(*) FROM meeting),
                        (SELECT count(*) FROM plan_item), (SELECT count(*) FROM check_in),
                        (SELECT count(*) FROM spending_entry), (SELECT count(*) FROM journal_entry),
                        (SELECT count(*) FROM inbound_message), (SELECT count(*) FROM buddy_contact),
                        (SELECT count(*) FROM attendance), pg_size_pretty(pg_database_size(current_database())))""")
                    .query(String.class).single().replaceAll("\\s+", " "));

            PreGroupSummaryWriter writer = new PreGroupSummaryWriter(jdbc);
            List<Long> next = jdbc.sql("SELECT id FROM meeting WHERE status = 'SCHEDULED' ORDER BY group_id")
                    .query(Long.class).list();
            Random random = new Random(42);
            for (int i = 0; i < warmup; i++) {
                writer.build(next.get(random.nextInt(next.size()))).orElseThrow();
            }
            List<Double> millis = new ArrayList<>();
            int people = 0;
            for (int i = 0; i < samples; i++) {
                long meeting = next.get(random.nextInt(next.size()));
                long t0 = System.nanoTime();
                people += writer.build(meeting).orElseThrow().participants().size();
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf(Locale.ROOT,
                    "one group's summary (build, %d samples, %.1f people each): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    samples, people / (double) samples, pct(millis, 50), pct(millis, 95), pct(millis, 99),
                    millis.get(millis.size() - 1));

            long t0 = System.nanoTime();
            int stored = 0;
            for (long meeting : next) {
                if (writer.write(meeting, NOW).orElseThrow().created()) {
                    stored++;
                }
            }
            double all = (System.nanoTime() - t0) / 1e9;
            long bytes = jdbc.sql("SELECT coalesce(sum(pg_column_size(content)), 0) FROM meeting_summary")
                    .query(Long.class).single();
            System.out.printf(Locale.ROOT, "all %d summaries built and stored: %.1f s (%.1f ms each, %d bytes of JSON each)%n",
                    stored, all, all * 1000 / Math.max(1, stored), bytes / Math.max(1, stored));
        } finally {
            Options.deleteRecursively(dir);
        }
    }

    private static HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(2);
        config.setPoolName("summary-bench");
        return new HikariDataSource(config);
    }

    private static double pct(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String rounded(Map<String, Double> steps) {
        List<String> parts = new ArrayList<>();
        steps.forEach((name, seconds) -> parts.add(String.format(Locale.ROOT, "%s %.1f s", name, seconds)));
        return String.join(", ", parts);
    }
}
