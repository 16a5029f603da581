package org.peerpartners.companion.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.participant.QuietHours;

class ReminderRulesTests {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

    private final ReminderRules rules = new ReminderRules(ScheduleSettings.DEFAULTS);
    private final Recipient ana = new Recipient(7, CHICAGO, QuietHours.DEFAULT);

    private static Instant at(int year, int month, int day, int hour, int minute, ZoneId zone) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
    }

    @Test
    void meetingRemindersGo24HoursAnd2HoursBeforeAndGoStaleWhenItStarts() {
        Instant start = at(2026, 11, 24, 18, 0, CHICAGO);

        List<PlannedMessage> planned = rules.meetingReminders(ana, 41, start);

        assertThat(planned).extracting(PlannedMessage::dedupKey)
                .containsExactly("meeting-reminder-24h:41:7", "meeting-reminder-2h:41:7");
        assertThat(planned).extracting(PlannedMessage::dueAt)
                .containsExactly(at(2026, 11, 23, 18, 0, CHICAGO), at(2026, 11, 24, 16, 0, CHICAGO));
        assertThat(planned).extracting(PlannedMessage::staleAt).containsOnly(start);
        assertThat(planned).noneMatch(PlannedMessage::dropped);
        assertThat(planned.get(0).reason()).contains("24h before the meeting", "2026-11-23 18:00 America/Chicago");
        assertThat(planned.get(0).payloadJson()).isEqualTo("{\"lead\":\"24h\",\"meetingId\":\"41\"}");
    }

    @Test
    void aReminderDueInQuietHoursMovesToTheirEndWhenTheMeetingIsStillAhead() {
        Instant start = at(2026, 11, 24, 9, 30, CHICAGO);

        PlannedMessage twoHours = rules.meetingReminders(ana, 41, start).get(1);

        assertThat(twoHours.originalDueAt()).isEqualTo(at(2026, 11, 24, 7, 30, CHICAGO));
        assertThat(twoHours.dueAt()).isEqualTo(at(2026, 11, 24, 9, 0, CHICAGO));
        assertThat(twoHours.dropped()).isFalse();
        assertThat(twoHours.reason()).startsWith("moved out of quiet hours from 2026-11-24 07:30 to 2026-11-24 09:00");
    }

    @Test
    void aReminderThatQuietHoursWouldPushPastTheMeetingStartIsDropped() {
        Instant start = at(2026, 11, 24, 8, 30, CHICAGO);

        PlannedMessage twoHours = rules.meetingReminders(ana, 41, start).get(1);

        assertThat(twoHours.dropped()).isTrue();
        assertThat(twoHours.reason()).contains("quiet hours", "the meeting already started");
    }

    @Test
    void activityReminderGoesAnHourBeforeATimedItemAndNoneForAnUntimedOne() {
        PlannedMessage reminder = rules.activityReminder(ana, 90, LocalDate.of(2026, 11, 28), LocalTime.of(14, 0)).orElseThrow();

        assertThat(reminder.dedupKey()).isEqualTo("activity-reminder:90:7");
        assertThat(reminder.dueAt()).isEqualTo(at(2026, 11, 28, 13, 0, CHICAGO));
        assertThat(reminder.staleAt()).isEqualTo(at(2026, 11, 28, 14, 0, CHICAGO));
        assertThat(rules.activityReminder(ana, 90, LocalDate.of(2026, 11, 28), null)).isEmpty();
    }

    @Test
    void anActivityAtTheEndOfQuietHoursGetsNoReminderBecauseItWouldArriveAsItStarts() {
        PlannedMessage reminder = rules.activityReminder(ana, 90, LocalDate.of(2026, 11, 28), LocalTime.of(9, 0)).orElseThrow();

        assertThat(reminder.dropped()).isTrue();
        assertThat(reminder.reason()).contains("the activity already started");
    }

    @Test
    void checkInPromptComesThreeHoursAfterATimedItemMovedOutOfQuietHours() {
        PlannedMessage prompt = rules.checkInPrompt(ana, 90, LocalDate.of(2026, 11, 28), LocalTime.of(19, 0)).orElseThrow();

        assertThat(prompt.originalDueAt()).isEqualTo(at(2026, 11, 28, 22, 0, CHICAGO));
        assertThat(prompt.dueAt()).isEqualTo(at(2026, 11, 29, 9, 0, CHICAGO));
        assertThat(prompt.dropped()).isFalse();
        assertThat(prompt.staleAt()).isEqualTo(at(2026, 11, 29, 10, 0, CHICAGO));
    }

    @Test
    void checkInPromptForAnUntimedItemComesTheNextMorningAndNoneWithoutADay() {
        PlannedMessage prompt = rules.checkInPrompt(ana, 91, LocalDate.of(2026, 11, 25), null).orElseThrow();

        assertThat(prompt.dueAt()).isEqualTo(at(2026, 11, 26, 9, 30, CHICAGO));
        assertThat(prompt.dedupKey()).isEqualTo("check-in-prompt:91:7");
        assertThat(rules.checkInPrompt(ana, 91, null, null)).isEmpty();
    }

    @Test
    void planRecapComesTheMorningAfterTheMeeting() {
        PlannedMessage recap = rules.planRecap(ana, 41, at(2026, 11, 24, 19, 30, CHICAGO));

        assertThat(recap.dueAt()).isEqualTo(at(2026, 11, 25, 9, 30, CHICAGO));
        assertThat(recap.dedupKey()).isEqualTo("plan-recap:41:7");
    }

    @Test
    void buddyNudgeComesHalfwayBetweenMeetingsAndGoesStaleAtTheNext() {
        Recipient neverQuiet = new Recipient(7, CHICAGO, new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        Instant end = at(2026, 11, 24, 12, 0, CHICAGO);
        Instant next = at(2026, 12, 1, 10, 0, CHICAGO);

        PlannedMessage nudge = rules.buddyNudge(neverQuiet, 41, end, next).orElseThrow();

        assertThat(nudge.dueAt()).isEqualTo(at(2026, 11, 27, 23, 0, CHICAGO));
        assertThat(nudge.staleAt()).isEqualTo(next);
        assertThat(rules.buddyNudge(ana, 41, end, next).orElseThrow().dueAt()).isEqualTo(at(2026, 11, 28, 9, 0, CHICAGO));
        assertThat(rules.buddyNudge(ana, 41, end, null)).isEmpty();
    }

    @Test
    void monthlyBudgetComesOnTheFirstMorningOfTheMonth() {
        PlannedMessage budget = rules.monthlyBudget(ana, YearMonth.of(2026, 12));

        assertThat(budget.dueAt()).isEqualTo(at(2026, 12, 1, 9, 30, CHICAGO));
        assertThat(budget.dedupKey()).isEqualTo("monthly-budget:2026-12:7");
        assertThat(budget.payloadJson()).isEqualTo("{\"month\":\"2026-12\"}");
    }

    @Test
    void halfHourZonesKeepTheirHalfHour() {
        Recipient inKolkata = new Recipient(8, KOLKATA, QuietHours.DEFAULT);
        Instant start = at(2026, 11, 24, 18, 0, KOLKATA);

        assertThat(rules.meetingReminders(inKolkata, 41, start).get(1).dueAt())
                .isEqualTo(Instant.parse("2026-11-24T10:30:00Z"));

        Recipient inStJohns = new Recipient(9, ST_JOHNS, QuietHours.DEFAULT);
        PlannedMessage reminder = rules.activityReminder(inStJohns, 90, LocalDate.of(2026, 11, 28), LocalTime.of(10, 0)).orElseThrow();
        assertThat(reminder.dueAt()).isEqualTo(Instant.parse("2026-11-28T12:30:00Z"));
        // 08:00 local there is quiet: the check-in prompt for a 05:00 item moves to 09:00 local, 12:30 UTC.
        assertThat(rules.checkInPrompt(inStJohns, 90, LocalDate.of(2026, 11, 28), LocalTime.of(5, 0)).orElseThrow().dueAt())
                .isEqualTo(Instant.parse("2026-11-28T12:30:00Z"));
    }

    @Test
    void springForwardKeepsLocalTimesForDayItemsAnd24RealHoursBeforeMeetings() {
        // Chicago: 2026-03-08 02:00 CST jumps to 03:00 CDT.
        PlannedMessage prompt = rules.checkInPrompt(ana, 91, LocalDate.of(2026, 3, 7), null).orElseThrow();
        assertThat(prompt.dueAt()).isEqualTo(Instant.parse("2026-03-08T14:30:00Z")); // 09:30 CDT

        PlannedMessage reminder = rules.activityReminder(ana, 90, LocalDate.of(2026, 3, 8), LocalTime.of(10, 0)).orElseThrow();
        assertThat(reminder.dueAt()).isEqualTo(Instant.parse("2026-03-08T14:00:00Z")); // 09:00 CDT

        Instant sundayMeeting = at(2026, 3, 8, 18, 0, CHICAGO);
        PlannedMessage dayBefore = rules.meetingReminders(ana, 41, sundayMeeting).get(0);
        assertThat(dayBefore.dueAt()).isEqualTo(sundayMeeting.minusSeconds(24 * 3600));
        assertThat(dayBefore.dueAt().atZone(CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void anActivityInTheSpringForwardGapStartsLaterByTheGap() {
        Recipient neverQuiet = new Recipient(7, CHICAGO, new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));

        PlannedMessage reminder = rules.activityReminder(neverQuiet, 90, LocalDate.of(2026, 3, 8), LocalTime.of(2, 30)).orElseThrow();

        assertThat(reminder.staleAt()).isEqualTo(Instant.parse("2026-03-08T08:30:00Z")); // 03:30 CDT
        assertThat(reminder.dueAt()).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void fallBackMovesAQuietHoursMessageToNineOnTheWallClock() {
        // Chicago: 2026-11-01 02:00 CDT falls back to 01:00 CST; that night is 25 hours long.
        PlannedMessage prompt = rules.checkInPrompt(ana, 90, LocalDate.of(2026, 10, 31), LocalTime.of(20, 0)).orElseThrow();

        assertThat(prompt.originalDueAt()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z")); // 23:00 CDT
        assertThat(prompt.dueAt()).isEqualTo(Instant.parse("2026-11-01T15:00:00Z")); // 09:00 CST
        assertThat(prompt.dropped()).isFalse();

        Instant sundayMeeting = at(2026, 11, 1, 18, 0, CHICAGO);
        assertThat(rules.meetingReminders(ana, 41, sundayMeeting).get(0).dueAt().atZone(CHICAGO).toLocalTime())
                .isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void quietHoursAcrossMidnightHoldBothBeforeAndAfterMidnight() {
        Recipient lateSleeper = new Recipient(7, CHICAGO, new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));

        PlannedMessage beforeMidnight = rules.checkInPrompt(lateSleeper, 90, LocalDate.of(2026, 11, 28), LocalTime.of(20, 30)).orElseThrow();
        PlannedMessage afterMidnight = rules.checkInPrompt(lateSleeper, 91, LocalDate.of(2026, 11, 28), LocalTime.of(23, 0)).orElseThrow();
        PlannedMessage beforeQuiet = rules.checkInPrompt(lateSleeper, 92, LocalDate.of(2026, 11, 28), LocalTime.of(18, 30)).orElseThrow();

        assertThat(beforeMidnight.dueAt()).isEqualTo(at(2026, 11, 29, 7, 0, CHICAGO));
        assertThat(afterMidnight.dueAt()).isEqualTo(at(2026, 11, 29, 7, 0, CHICAGO));
        assertThat(beforeQuiet.dueAt()).isEqualTo(at(2026, 11, 28, 21, 30, CHICAGO));
    }

    @Test
    void leadsAndMorningComeFromTheSettings() {
        ScheduleSettings custom = new ScheduleSettings(List.of(java.time.Duration.ofHours(48)), java.time.Duration.ofMinutes(30),
                java.time.Duration.ofHours(1), LocalTime.of(11, 0), java.time.Duration.ofHours(6), java.time.Duration.ofHours(1),
                java.time.Duration.ofDays(14));
        ReminderRules customRules = new ReminderRules(custom);
        Instant start = at(2026, 11, 24, 18, 0, CHICAGO);

        assertThat(customRules.meetingReminders(ana, 41, start)).singleElement()
                .extracting(PlannedMessage::dedupKey).isEqualTo("meeting-reminder-48h:41:7");
        assertThat(customRules.planRecap(ana, 41, start).dueAt()).isEqualTo(at(2026, 11, 25, 11, 0, CHICAGO));
    }
}
