package org.peerpartners.companion.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.TestDatabaseInitializer.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two scheduler instances on one database: each reminder is queued exactly once, whether
 * Quartz runs the sweep on both, two sweeps run at the same moment, or an instance dies
 * holding claimed rows.
 */
class ClusterTests {

    private static final int REMINDERS = 3000;

    private static ConfigurableApplicationContext instance(Map<String, Object> database, String cluster, boolean quartz) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("spring.quartz.auto-startup", Boolean.toString(quartz));
        properties.put("spring.quartz.scheduler-name", cluster);
        properties.put("companion.schedule.sweep-interval", "200ms");
        properties.put("companion.schedule.planning-interval", "1s");
        properties.put("companion.schedule.sweep-batch", "500");
        // As arguments: they win over the test application.properties (which keeps Quartz in standby).
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(SchedulerTestApplication.class).run(arguments);
    }

    /** A group whose participants each have one monthly budget message due a second ago, no quiet hours. */
    private static void dueReminders(JdbcTemplate jdbc) {
        jdbc.execute("""
                INSERT INTO program (name, time_zone) VALUES ('Cluster', 'UTC');
                INSERT INTO staff_user (program_id, email, display_name, role, time_zone)
                    SELECT id, 'coach@cluster.example', 'Coach', 'COACH', 'UTC' FROM program;
                INSERT INTO peer_group (program_id, name, coach_id, time_zone)
                    SELECT p.id, 'Group', s.id, 'UTC' FROM program p, staff_user s;
                DELETE FROM schedule_request;
                """);
        jdbc.update("""
                WITH people AS (
                    INSERT INTO participant (group_id, first_name, time_zone, quiet_start, quiet_end, monthly_allowance, enrolled_on)
                    SELECT g.id, 'P' || n, 'UTC', '00:00', '00:00', 40, current_date
                    FROM peer_group g, generate_series(1, ?) n
                    RETURNING id),
                links AS (
                    INSERT INTO channel_identity (channel, address, participant_id)
                    SELECT 'SMS', '+1555' || lpad(id::text, 7, '0'), id FROM people)
                INSERT INTO due_message (kind, participant_id, due_at, original_due_at, dedup_key, payload, created_at)
                SELECT 'monthly-budget', id, now() - interval '1 second', now() - interval '1 second',
                    'monthly-budget:' || to_char(now(), 'YYYY-MM') || ':' || id,
                    jsonb_build_object('month', to_char(now(), 'YYYY-MM')), now()
                FROM people
                """, REMINDERS);
        jdbc.update("DELETE FROM schedule_request");
    }

    private static void assertEachReminderQueuedOnce(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM due_message WHERE status = 'SENT'", Integer.class))
                .isEqualTo(REMINDERS);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbound_message", Integer.class)).isEqualTo(REMINDERS);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT participant_id) FROM outbound_message", Integer.class))
                .isEqualTo(REMINDERS);
    }

    @Test
    @SuppressWarnings("try") // the second instance only has to run, as a cluster member
    void twoInstancesRunningQuartzQueueEachReminderOnce() {
        Map<String, Object> database = TestDatabases.create();
        String cluster = "cluster-" + UUID.randomUUID();
        try (var first = instance(database, cluster, true); var second = instance(database, cluster, true)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = ?", Integer.class, cluster) == 2);

            dueReminders(jdbc);

            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM due_message WHERE status = 'PENDING'", Integer.class) == 0);
            assertEachReminderQueuedOnce(jdbc);
            assertThat(jdbc.queryForList("SELECT job_name FROM qrtz_job_details WHERE sched_name = ? ORDER BY job_name",
                    String.class, cluster)).containsExactly("due-message-sweep", "housekeeping", "nightly-planning", "planning",
                    "pre-group-summary");
        }
    }

    @Test
    void parallelSweepsAndAnInstanceKilledMidSweepLoseNothingAndSendNothingTwice() throws Exception {
        Map<String, Object> database = TestDatabases.create();
        String cluster = "cluster-" + UUID.randomUUID();
        try (var first = instance(database, cluster, false); var second = instance(database, cluster, false);
                Connection dying = DriverManager.getConnection((String) database.get("spring.datasource.url"),
                        (String) database.get("spring.datasource.username"), (String) database.get("spring.datasource.password"))) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            dueReminders(jdbc);
            // A third instance claims a batch with the sweep's own locking and then dies.
            dying.setAutoCommit(false);
            int pid;
            try (var statement = dying.createStatement()) {
                try (ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    pid = rs.getInt(1);
                }
                try (ResultSet rs = statement.executeQuery("""
                        SELECT id FROM due_message WHERE status = 'PENDING' AND due_at <= now()
                        ORDER BY due_at, id LIMIT 500 FOR UPDATE SKIP LOCKED""")) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }

            var a = CompletableFuture.supplyAsync(() -> first.getBean(DueMessageSweep.class).sweep());
            var b = CompletableFuture.supplyAsync(() -> second.getBean(DueMessageSweep.class).sweep());
            int claimed = a.get().claimed() + b.get().claimed();

            assertThat(claimed).isEqualTo(REMINDERS - 500);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM due_message WHERE status = 'PENDING'", Integer.class))
                    .isEqualTo(500);

            jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, pid);
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid = ?", Integer.class, pid) == 0);
            second.getBean(DueMessageSweep.class).sweep();

            assertEachReminderQueuedOnce(jdbc);
        }
    }
}
