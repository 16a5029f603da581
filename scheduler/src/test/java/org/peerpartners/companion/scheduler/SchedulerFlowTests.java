package org.peerpartners.companion.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.FixedClockConfiguration;
import org.peerpartners.companion.testing.Fixtures;
import org.peerpartners.companion.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Planning and the sweep on the real database: a group with a weekly Thursday 6 pm series
 * (New York), Ana (English, SMS, New York) and Ben (Spanish, Telegram, Chicago), buddies,
 * and Ana's plan with an item on Wednesday at 3 pm. The clock starts on Monday 23 November
 * 2026, 10:00 in New York.
 */
@SpringBootTest(classes = SchedulerTestApplication.class)
@Import({Fixtures.class, SchedulerFlowTests.Clocks.class})
class SchedulerFlowTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock(FixedClockConfiguration.NOW);
        }
    }

    private static final Instant WEDNESDAY_2PM_NY = ZonedDateTime.of(2026, 11, 25, 14, 0, 0, 0, Fixtures.NEW_YORK).toInstant();
    private static final Instant WEDNESDAY_6PM_NY = ZonedDateTime.of(2026, 11, 25, 18, 0, 0, 0, Fixtures.NEW_YORK).toInstant();
    private static final Instant THURSDAY_6PM_NY = ZonedDateTime.of(2026, 11, 26, 18, 0, 0, 0, Fixtures.NEW_YORK).toInstant();

    @Autowired
    MovableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Replanning replanning;
    @Autowired
    DueMessageSweep sweep;
    @Autowired
    Housekeeping housekeeping;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcAggregateOperations aggregates;

    private Fixtures.World world;
    private long meeting;

    @BeforeEach
    void planAWorld() {
        clock.set(FixedClockConfiguration.NOW);
        // Other tests' rows share this database: settle them so each test sees only its own.
        replanning.processRequests();
        jdbc.update("UPDATE due_message SET status = 'CANCELLED', reason = 'earlier test' WHERE status = 'PENDING'");
        world = fixtures.world();
        replanning.processRequests();
        meeting = jdbc.queryForObject("SELECT id FROM meeting WHERE group_id = ? AND starts_at = ?", Long.class,
                world.group().id(), Timestamp.from(THURSDAY_6PM_NY));
    }

    private Map<String, Object> due(String key) {
        return jdbc.queryForMap("SELECT * FROM due_message WHERE dedup_key = ?", key);
    }

    private List<Map<String, Object>> outbound(long participantId) {
        return jdbc.queryForList("SELECT * FROM outbound_message WHERE participant_id = ? ORDER BY dedup_key", participantId);
    }

    @Test
    void planningExpandsTheSeriesAndSchedulesEveryKindOfMessage() {
        long ana = world.ana().id();
        long item = world.anaItems().get(0).id();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM meeting WHERE group_id = ? AND status = 'SCHEDULED'",
                Integer.class, world.group().id())).isEqualTo(8);
        assertThat(due("meeting-reminder-24h:" + meeting + ":" + ana)).containsEntry("status", "PENDING")
                .containsEntry("due_at", Timestamp.from(WEDNESDAY_6PM_NY));
        assertThat(due("meeting-reminder-2h:" + meeting + ":" + ana).get("reason").toString())
                .contains("2h before the meeting", "America/New_York");
        assertThat(due("activity-reminder:" + item + ":" + ana)).containsEntry("due_at", Timestamp.from(WEDNESDAY_2PM_NY));
        assertThat(due("check-in-prompt:" + item + ":" + ana)).containsEntry("due_at", Timestamp.from(WEDNESDAY_6PM_NY));
        assertThat(due("plan-recap:" + meeting + ":" + ana)).containsEntry("due_at",
                Timestamp.from(ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, Fixtures.NEW_YORK).toInstant()));
        assertThat(due("buddy-nudge:" + meeting + ":" + world.ben().id())).containsEntry("status", "PENDING");
        assertThat(due("monthly-budget:2026-12:" + ana)).containsEntry("due_at",
                Timestamp.from(ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, Fixtures.NEW_YORK).toInstant()));
        // Ben lives in Chicago: his morning is Chicago's.
        assertThat(due("monthly-budget:2026-12:" + world.ben().id())).containsEntry("due_at",
                Timestamp.from(ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, Fixtures.CHICAGO).toInstant()));
    }

    @Test
    void sweepQueuesDueMessagesOnEachPersonsChannelInTheirLanguage() {
        clock.set(WEDNESDAY_2PM_NY.plusSeconds(5));
        sweep.sweep();
        clock.set(WEDNESDAY_6PM_NY.plusSeconds(5));

        DueMessageSweep.Result result = sweep.sweep();

        assertThat(result.claimed()).isEqualTo(result.queued() + result.moved() + result.dropped());
        List<Map<String, Object>> toAna = outbound(world.ana().id());
        assertThat(toAna).extracting(row -> row.get("kind"))
                .containsExactly("ACTIVITY_REMINDER", "CHECK_IN_PROMPT", "MEETING_REMINDER");
        assertThat(toAna).allSatisfy(row -> {
            assertThat(row).containsEntry("channel", "SMS").containsEntry("address", world.anaSms().address())
                    .containsEntry("status", "QUEUED").containsEntry("priority", 5);
            assertThat(row.get("dedup_key").toString()).startsWith("scheduled:");
        });
        assertThat(toAna.get(0).get("body").toString()).isEqualTo("Coming up at 3:00 PM: Free art class at the library. Have a good time!");
        assertThat(toAna.get(2).get("body").toString())
                .isEqualTo("Reminder: your group meets Thu Nov 26, 6:00 PM at Queens Library, Room 2. See you there!");
        List<Map<String, Object>> toBen = outbound(world.ben().id());
        assertThat(toBen).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("channel", "TELEGRAM").containsEntry("address", world.benTelegram().address());
            assertThat(row.get("body").toString()).startsWith("Recuerda: tu grupo se junta el jue 26 nov, 17:00");
        });
        assertThat(due("meeting-reminder-24h:" + meeting + ":" + world.ana().id()))
                .containsEntry("status", "SENT").containsEntry("reason", "sent: queued on SMS");
    }

    @Test
    void afterDowntimeStaleRemindersAreDroppedWithTheirReasonNotBurstOut() {
        clock.set(THURSDAY_6PM_NY.plusSeconds(600));

        sweep.sweep();

        assertThat(due("meeting-reminder-24h:" + meeting + ":" + world.ana().id()))
                .containsEntry("status", "DROPPED").containsEntry("reason", "dropped: the meeting already started");
        assertThat(due("activity-reminder:" + world.anaItems().get(0).id() + ":" + world.ana().id()))
                .containsEntry("status", "DROPPED").containsEntry("reason", "dropped: the activity already started");
        assertThat(due("check-in-prompt:" + world.anaItems().get(0).id() + ":" + world.ana().id()))
                .containsEntry("reason", "dropped: the check-in prompt is out of date");
        assertThat(outbound(world.ana().id())).isEmpty();
    }

    @Test
    void aReminderFoundHoursAfterItsTimeIsDroppedAsTooLate() {
        clock.set(WEDNESDAY_6PM_NY.plus(java.time.Duration.ofHours(4)));

        sweep.sweep();

        assertThat(due("meeting-reminder-24h:" + meeting + ":" + world.ana().id()).get("reason").toString())
                .startsWith("dropped: too late");
        assertThat(outbound(world.ana().id())).isEmpty();
    }

    @Test
    void aDoubleFiredSweepCannotQueueAMessageTwice() {
        clock.set(WEDNESDAY_2PM_NY.plusSeconds(1));
        sweep.sweep();
        String key = "activity-reminder:" + world.anaItems().get(0).id() + ":" + world.ana().id();
        // As if the first run's due-row update were lost after its outbox insert.
        jdbc.update("UPDATE due_message SET status = 'PENDING' WHERE dedup_key = ?", key);

        sweep.sweep();

        assertThat(outbound(world.ana().id())).hasSize(1);
        assertThat(due(key)).containsEntry("status", "SENT")
                .containsEntry("reason", "sent: already in the outbox (same dedup key), not queued again");
    }

    @Test
    void aPausedParticipantGetsNothingAndThePauseCancelsWhatFallsInsideIt() {
        Instant until = WEDNESDAY_6PM_NY.plusSeconds(3600);
        jdbc.update("UPDATE participant SET paused_until = ? WHERE id = ?", Timestamp.from(until), world.ana().id());
        replanning.processRequests();

        assertThat(due("meeting-reminder-24h:" + meeting + ":" + world.ana().id()))
                .containsEntry("status", "CANCELLED")
                .satisfies(row -> assertThat(row.get("reason").toString()).startsWith("cancelled: reminders paused until"));
        assertThat(due("meeting-reminder-2h:" + meeting + ":" + world.ana().id())).containsEntry("status", "PENDING");

        jdbc.update("UPDATE participant SET paused_until = NULL WHERE id = ?", world.ana().id());
        replanning.processRequests();
        assertThat(due("meeting-reminder-24h:" + meeting + ":" + world.ana().id())).containsEntry("status", "PENDING");
    }

    @Test
    void aPauseStartedAfterPlanningStillStopsTheSend() {
        clock.set(WEDNESDAY_2PM_NY.plusSeconds(1));
        // Paused by another module a moment ago; the replan request is not processed yet.
        jdbc.update("UPDATE participant SET paused_until = ? WHERE id = ?", Timestamp.from(THURSDAY_6PM_NY), world.ana().id());

        sweep.sweep();

        assertThat(due("activity-reminder:" + world.anaItems().get(0).id() + ":" + world.ana().id()).get("reason").toString())
                .startsWith("dropped: reminders paused until");
        assertThat(outbound(world.ana().id())).isEmpty();
    }

    @Test
    void aMessageDueInQuietHoursAfterAMoveIsPushedToTheirEnd() {
        clock.set(WEDNESDAY_2PM_NY.plusSeconds(1));
        // Ana moved to Kolkata (00:30 there now); the replan request is not processed yet.
        jdbc.update("UPDATE participant SET time_zone = 'Asia/Kolkata' WHERE id = ?", world.ana().id());

        sweep.sweep();

        Map<String, Object> row = due("activity-reminder:" + world.anaItems().get(0).id() + ":" + world.ana().id());
        // The activity (3 pm New York) starts before 09:00 Kolkata: the reminder would be stale, so it is dropped.
        assertThat(row).containsEntry("status", "DROPPED");
        assertThat(row.get("reason").toString()).contains("quiet hours", "the activity already started");
        Map<String, Object> budget = due("monthly-budget:2026-12:" + world.ana().id());
        assertThat(budget).containsEntry("status", "PENDING");
    }

    @Test
    void aRowInQuietHoursAtSendTimeMovesAndIsSentAtTheirEnd() {
        long ana = world.ana().id();
        String key = "monthly-budget:2026-12:" + ana;
        Instant due = (jdbc.queryForObject("SELECT due_at FROM due_message WHERE dedup_key = ?", Timestamp.class, key)).toInstant();
        // The participant changed her quiet hours to 09:00-12:00 a moment before the sweep.
        jdbc.update("UPDATE participant SET quiet_start = '09:00', quiet_end = '12:00' WHERE id = ?", ana);
        clock.set(due.plusSeconds(1));

        sweep.sweep();

        Instant noon = ZonedDateTime.of(2026, 12, 1, 12, 0, 0, 0, Fixtures.NEW_YORK).toInstant();
        assertThat(due(key)).containsEntry("status", "PENDING").containsEntry("due_at", Timestamp.from(noon));
        clock.set(noon.plusSeconds(1));
        sweep.sweep();
        assertThat(due(key)).containsEntry("status", "SENT");
        assertThat(outbound(ana)).extracting(row -> row.get("body"))
                .contains("New month! Your social budget is $50.00. Last month you spent $0.00. Reply BUDGET to see more.");
    }

    @Test
    void optedOutOrUnlinkedPeopleAreDroppedAtSendTime() {
        jdbc.update("UPDATE channel_identity SET opted_out_at = ? WHERE id = ?", Timestamp.from(clock.instant()),
                world.anaSms().id());
        clock.set(WEDNESDAY_2PM_NY.plusSeconds(1));

        sweep.sweep();

        assertThat(due("activity-reminder:" + world.anaItems().get(0).id() + ":" + world.ana().id()).get("reason").toString())
                .contains("opted out");
        assertThat(outbound(world.ana().id())).isEmpty();
    }

    @Test
    void removingAPlanItemOrCheckingInCancelsItsPendingMessages() {
        long item = world.anaItems().get(0).id();
        jdbc.update("INSERT INTO check_in (plan_item_id, outcome, created_at) VALUES (?, 'DONE', ?)", item,
                Timestamp.from(clock.instant()));
        replanning.processRequests();

        assertThat(due("check-in-prompt:" + item + ":" + world.ana().id())).containsEntry("status", "CANCELLED");

        jdbc.update("UPDATE plan_item SET removed_at = ? WHERE id = ?", Timestamp.from(clock.instant()), item);
        replanning.processRequests();
        assertThat(due("activity-reminder:" + item + ":" + world.ana().id())).containsEntry("status", "CANCELLED")
                .containsEntry("reason", "cancelled: no longer applies after a change to the plan, the meetings or the buddies");
    }

    @Test
    void cancellingAMeetingDayCancelsTheMeetingAndItsReminders() {
        aggregates.update(world.series().cancel(LocalDate.of(2026, 11, 26), "Holiday"));
        replanning.processRequests();

        assertThat(jdbc.queryForObject("SELECT status FROM meeting WHERE id = ?", String.class, meeting)).isEqualTo("CANCELLED");
        assertThat(due("meeting-reminder-2h:" + meeting + ":" + world.ana().id())).containsEntry("status", "CANCELLED");
    }

    @Test
    void endingTheBuddySetCancelsTheBuddyNudges() {
        String key = "buddy-nudge:" + meeting + ":" + world.ana().id();
        assertThat(due(key)).containsEntry("status", "PENDING");

        jdbc.update("UPDATE buddy_set SET active_until = ? WHERE id = ?", Timestamp.from(clock.instant()),
                world.anaAndBen().id());
        replanning.processRequests();

        assertThat(due(key)).containsEntry("status", "CANCELLED");
    }

    @Test
    void movingAOneOffMeetingMovesItsReminders() {
        Instant start = THURSDAY_6PM_NY.plus(java.time.Duration.ofDays(2));
        long extra = jdbc.queryForObject("""
                INSERT INTO meeting (group_id, starts_at, ends_at, place) VALUES (?, ?, ?, 'Park') RETURNING id
                """, Long.class, world.group().id(), Timestamp.from(start), Timestamp.from(start.plusSeconds(5400)));
        replanning.processRequests();
        String key = "meeting-reminder-2h:" + extra + ":" + world.ana().id();
        assertThat(due(key)).containsEntry("due_at", Timestamp.from(start.minusSeconds(7200)));

        jdbc.update("UPDATE meeting SET starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour' WHERE id = ?", extra);
        replanning.processRequests();

        assertThat(due(key)).containsEntry("due_at", Timestamp.from(start.minusSeconds(3600)));
    }

    @Test
    void anExitedParticipantsPendingMessagesAreCancelled() {
        jdbc.update("UPDATE participant SET status = 'EXITED', exited_on = '2026-11-23' WHERE id = ?", world.ben().id());
        replanning.processRequests();

        assertThat(jdbc.queryForList("SELECT DISTINCT reason FROM due_message WHERE participant_id = ? AND status <> 'DROPPED'",
                String.class, world.ben().id())).containsExactly("cancelled: the participant is exited");
    }

    @Test
    void housekeepingForgetsOldSentBodiesAndExpiredConversationStates() {
        clock.set(WEDNESDAY_2PM_NY.plusSeconds(1));
        sweep.sweep();
        jdbc.update("UPDATE outbound_message SET status = 'SENT' WHERE participant_id = ?", world.ana().id());
        clock.set(WEDNESDAY_2PM_NY.plus(java.time.Duration.ofDays(31)));

        Housekeeping.Result result = housekeeping.run();

        assertThat(result.bodiesForgotten()).isGreaterThanOrEqualTo(1);
        assertThat(outbound(world.ana().id())).allSatisfy(row -> assertThat(row.get("body")).isNull());
    }

}
