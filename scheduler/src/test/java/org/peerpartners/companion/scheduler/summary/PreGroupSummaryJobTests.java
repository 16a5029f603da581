package org.peerpartners.companion.scheduler.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.summary.SummaryDelivery;
import org.peerpartners.companion.testing.Fixtures;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summary job against the real database, with the clock stopped on Monday 23 November
 * 2026, 15:00 UTC; Coach Carmen reads Spanish and has linked Telegram.
 */
@SpringBootTest(classes = PreGroupSummaryJobTests.JobTestApplication.class,
        properties = "companion.public-base-url=https://companion.example.org/")
class PreGroupSummaryJobTests {

    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = {SummaryDelivery.class, Outbox.class, PreGroupSummaryJob.class})
    static class JobTestApplication {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired SummaryDelivery delivery;
    @Autowired Scheduler scheduler;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    PreGroupSummaryJob job;
    Fixtures fixtures;
    Fixtures.World world;

    @BeforeEach
    void setUp() {
        job = new PreGroupSummaryJob(delivery); // as Quartz makes it: a fresh instance per run
        fixtures = new Fixtures(aggregates, clock);
        world = fixtures.world();
    }

    @Test
    void theJobIsRegisteredWithQuartz() throws Exception {
        assertThat(scheduler.checkExists(JobKey.jobKey(PreGroupSummarySchedule.NAME))).isTrue();
        assertThat(PreGroupSummaryJob.class).hasAnnotation(org.quartz.DisallowConcurrentExecution.class);
    }

    @Test
    void aMeetingInTwoHoursGetsOneSummaryAndOneCoachMessageEvenIfTheJobRunsTwice() {
        var carmenTelegram = fixtures.telegram(world.carmen());
        long meeting = meeting(NOW.plusSeconds(2 * 3600));

        job.run();
        job.run();

        assertThat(jdbc.sql("SELECT count(*) FROM meeting_summary WHERE meeting_id = ?").param(meeting)
                .query(Long.class).single()).isEqualTo(1);
        long summary = jdbc.sql("SELECT id FROM meeting_summary WHERE meeting_id = ?").param(meeting)
                .query(Long.class).single();
        var rows = jdbc.sql("""
                SELECT channel, address, staff_user_id, kind, body, priority, dedup_key FROM outbound_message
                WHERE staff_user_id = ?""").param(world.carmen().id()).query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("channel")).isEqualTo("TELEGRAM");
            assertThat(row.get("address")).isEqualTo(carmenTelegram.address());
            assertThat(row.get("kind")).isEqualTo(SummaryDelivery.KIND);
            assertThat(row.get("dedup_key")).isEqualTo("summary:" + meeting);
            assertThat(((Number) row.get("priority")).intValue()).isEqualTo(5);
            assertThat((String) row.get("body")).startsWith("Resumen para Thursday Evening Group")
                    .endsWith("https://companion.example.org/summaries/" + summary);
        });
        assertThat(status(meeting)).isEqualTo("QUEUED");
    }

    @Test
    void aMeetingLaterThanTheLeadTimeIsNotDueYet() {
        fixtures.telegram(world.carmen());
        long meeting = meeting(NOW.plusSeconds(3 * 3600));

        job.run();

        assertThat(jdbc.sql("SELECT count(*) FROM meeting_summary WHERE meeting_id = ?").param(meeting)
                .query(Long.class).single()).isZero();
        jdbc.sql("UPDATE peer_group SET summary_lead_minutes = 240 WHERE id = ?").param(world.group().id()).update();
        job.run();
        assertThat(status(meeting)).isEqualTo("QUEUED");
    }

    @Test
    void afterDowntimeAMeetingThatStartedGetsItsSummaryButNoStaleMessage() {
        fixtures.telegram(world.carmen());
        long meeting = meeting(NOW.minusSeconds(30 * 60));

        job.run();

        assertThat(status(meeting)).isEqualTo("SKIPPED");
        assertThat(reason(meeting)).isEqualTo("meeting already started");
        assertThat(coachMessages()).isZero();
    }

    @Test
    void aCoachWithoutALinkedChannelGetsNoMessageAndTheReasonIsKept() {
        long meeting = meeting(NOW.plusSeconds(3600));

        job.run();

        assertThat(status(meeting)).isEqualTo("SKIPPED");
        assertThat(reason(meeting)).isEqualTo("coach has no linked channel");
        assertThat(coachMessages()).isZero();
    }

    private long meeting(Instant start) {
        return jdbc.sql("""
                INSERT INTO meeting (group_id, starts_at, ends_at, place) VALUES (?, ?, ?, 'Queens Library')
                RETURNING id""")
                .params(world.group().id(), start.atOffset(ZoneOffset.UTC), start.plusSeconds(5400).atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    private String status(long meeting) {
        return jdbc.sql("SELECT notice_status FROM meeting_summary WHERE meeting_id = ?").param(meeting)
                .query(String.class).single();
    }

    private String reason(long meeting) {
        return jdbc.sql("SELECT notice_reason FROM meeting_summary WHERE meeting_id = ?").param(meeting)
                .query(String.class).single();
    }

    private long coachMessages() {
        return jdbc.sql("SELECT count(*) FROM outbound_message WHERE staff_user_id = ?").param(world.carmen().id())
                .query(Long.class).single();
    }
}
