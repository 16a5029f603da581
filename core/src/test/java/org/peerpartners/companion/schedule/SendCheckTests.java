package org.peerpartners.companion.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.participant.QuietHours;

class SendCheckTests {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant NOON = Instant.parse("2026-11-24T18:00:00Z"); // 12:00 in Chicago

    private final SendCheck check = new SendCheck(Duration.ofHours(3));

    private static SendCheck.Facts due(Instant dueAt, Instant staleAt) {
        return new SendCheck.Facts(ScheduledKind.MEETING_REMINDER, dueAt, staleAt, true, null, CHICAGO,
                QuietHours.DEFAULT, true, null);
    }

    @Test
    void sendsADueRowForAnActiveReachableParticipant() {
        assertThat(check.decide(due(NOON.minusSeconds(5), NOON.plusSeconds(3600)), NOON)).isInstanceOf(SendCheck.Send.class);
    }

    @Test
    void dropsWhenTheMeetingAlreadyStarted() {
        SendCheck.Decision decision = check.decide(due(NOON.minusSeconds(7200), NOON.minusSeconds(60)), NOON);

        assertThat(decision).isInstanceOf(SendCheck.Drop.class);
        assertThat(decision.reason()).isEqualTo("dropped: the meeting already started");
    }

    @Test
    void dropsARowFoundLongAfterItsTimeSoARestartSendsNoBurst() {
        SendCheck.Decision decision = check.decide(due(NOON.minus(Duration.ofHours(5)), null), NOON);

        assertThat(decision).isInstanceOf(SendCheck.Drop.class);
        assertThat(decision.reason()).contains("too late");
    }

    @Test
    void dropsForAPausedParticipantAndAnExitedOne() {
        var paused = new SendCheck.Facts(ScheduledKind.BUDDY_NUDGE, NOON, null, true, NOON.plusSeconds(86400), CHICAGO,
                QuietHours.DEFAULT, true, null);
        var exited = new SendCheck.Facts(ScheduledKind.BUDDY_NUDGE, NOON, null, false, null, CHICAGO,
                QuietHours.DEFAULT, true, null);

        assertThat(check.decide(paused, NOON).reason()).startsWith("dropped: reminders paused until");
        assertThat(check.decide(exited, NOON).reason()).isEqualTo("dropped: the participant is not active");
    }

    @Test
    void aPauseThatEndedNoLongerHoldsMessagesBack() {
        var resumed = new SendCheck.Facts(ScheduledKind.BUDDY_NUDGE, NOON, null, true, NOON.minusSeconds(1), CHICAGO,
                QuietHours.DEFAULT, true, null);

        assertThat(check.decide(resumed, NOON)).isInstanceOf(SendCheck.Send.class);
    }

    @Test
    void movesARowThatIsNowInQuietHoursBecauseTheZoneChanged() {
        // Noon in Chicago is 23:30 in Kolkata: quiet there.
        var movedAway = new SendCheck.Facts(ScheduledKind.PLAN_RECAP, NOON, NOON.plus(Duration.ofHours(12)), true, null,
                ZoneId.of("Asia/Kolkata"), QuietHours.DEFAULT, true, null);

        SendCheck.Decision decision = check.decide(movedAway, NOON);

        assertThat(decision).isInstanceOf(SendCheck.Move.class);
        assertThat(((SendCheck.Move) decision).to()).isEqualTo(Instant.parse("2026-11-25T03:30:00Z")); // 09:00 IST
        assertThat(decision.reason()).contains("quiet hours until 2026-11-25 09:00 Asia/Kolkata");
    }

    @Test
    void dropsARowThatQuietHoursWouldPushPastItsEvent() {
        var movedAway = new SendCheck.Facts(ScheduledKind.ACTIVITY_REMINDER, NOON, NOON.plus(Duration.ofHours(1)), true,
                null, ZoneId.of("Asia/Kolkata"), QuietHours.DEFAULT, true, null);

        assertThat(check.decide(movedAway, NOON).reason()).contains("the activity already started");
    }

    @Test
    void dropsWhenNoChannelMayReceiveIt() {
        var unreachable = new SendCheck.Facts(ScheduledKind.MONTHLY_BUDGET, NOON, null, true, null, CHICAGO,
                QuietHours.DEFAULT, false, null);

        assertThat(check.decide(unreachable, NOON).reason()).contains("opted out");
    }

    @Test
    void dropsWhenTheThingItIsAboutChanged() {
        var removed = new SendCheck.Facts(ScheduledKind.CHECK_IN_PROMPT, NOON, null, true, null, CHICAGO,
                QuietHours.DEFAULT, true, "already checked in");

        assertThat(check.decide(removed, NOON).reason()).isEqualTo("dropped: already checked in");
    }
}
