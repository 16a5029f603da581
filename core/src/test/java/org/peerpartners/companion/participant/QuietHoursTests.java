package org.peerpartners.companion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static QuietHours quiet(String start, String end) {
        return new QuietHours(LocalTime.parse(start), LocalTime.parse(end));
    }

    @ParameterizedTest(name = "due {0} is sent at {1}")
    @CsvSource({
            // Ana in New York, default 21:00-09:00, in March before the clock change (UTC-5).
            "2026-03-03T14:00:00Z, 2026-03-03T14:00:00Z",   // 09:00 local: the end is not quiet
            "2026-03-04T01:59:59Z, 2026-03-04T01:59:59Z",   // 20:59:59 local: still fine
            "2026-03-04T02:00:00Z, 2026-03-04T14:00:00Z",   // 21:00 local: quiet until 09:00 next day
            "2026-03-04T04:30:00Z, 2026-03-04T14:00:00Z",   // 23:30 local, across midnight
            "2026-03-04T05:00:00Z, 2026-03-04T14:00:00Z",   // 00:00 local
            "2026-03-04T12:00:00Z, 2026-03-04T14:00:00Z"})  // 07:00 local: same morning
    void movesAMessageDueInQuietHoursToTheirEnd(String due, String expected) {
        assertThat(QuietHours.DEFAULT.adjust(at(due), NEW_YORK)).isEqualTo(at(expected));
    }

    @Test
    void endsAtNineOnTheWallClockOnTheNightClocksSpringForward() {
        // March 8, 2026: 02:00 EST jumps to 03:00 EDT. 09:00 that morning is 13:00Z, not 14:00Z.
        assertThat(QuietHours.DEFAULT.adjust(at("2026-03-08T02:30:00Z"), NEW_YORK)).isEqualTo(at("2026-03-08T13:00:00Z"));
        assertThat(QuietHours.DEFAULT.adjust(at("2026-03-08T08:00:00Z"), NEW_YORK)).isEqualTo(at("2026-03-08T13:00:00Z"));
    }

    @Test
    void endsAtNineOnTheWallClockOnTheNightClocksFallBack() {
        // November 1, 2026: 02:00 EDT falls back to 01:00 EST. 09:00 that morning is 14:00Z.
        assertThat(QuietHours.DEFAULT.adjust(at("2026-11-01T02:00:00Z"), NEW_YORK)).isEqualTo(at("2026-11-01T14:00:00Z"));
        assertThat(QuietHours.DEFAULT.adjust(at("2026-11-01T06:30:00Z"), NEW_YORK)).isEqualTo(at("2026-11-01T14:00:00Z"));
    }

    @Test
    void anEndInsideTheSpringForwardGapMovesLaterByTheGap() {
        // Quiet 23:00-02:30: on March 8 there is no 02:30 in New York, so it ends at 03:30 EDT.
        assertThat(quiet("23:00", "02:30").adjust(at("2026-03-08T05:00:00Z"), NEW_YORK)).isEqualTo(at("2026-03-08T07:30:00Z"));
    }

    @Test
    void anEndInsideTheFallBackOverlapIsTheNextOneOnTheClock() {
        // Quiet 22:00-01:30. On November 1, 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
        QuietHours lateNight = quiet("22:00", "01:30");
        assertThat(lateNight.adjust(at("2026-11-01T05:10:00Z"), NEW_YORK)).isEqualTo(at("2026-11-01T05:30:00Z"));
        // 01:10 EST, after the clocks went back: quiet again until the second 01:30.
        assertThat(lateNight.adjust(at("2026-11-01T06:10:00Z"), NEW_YORK)).isEqualTo(at("2026-11-01T06:30:00Z"));
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        QuietHours afternoonNap = quiet("13:00", "15:00");

        assertThat(afternoonNap.contains(at("2026-03-03T18:00:00Z"), NEW_YORK)).isTrue();
        assertThat(afternoonNap.adjust(at("2026-03-03T18:00:00Z"), NEW_YORK)).isEqualTo(at("2026-03-03T20:00:00Z"));
        assertThat(afternoonNap.contains(at("2026-03-03T20:00:00Z"), NEW_YORK)).isFalse();
        assertThat(afternoonNap.contains(at("2026-03-04T04:00:00Z"), NEW_YORK)).isFalse();
    }

    @Test
    void sameStartAndEndMeansNoQuietHours() {
        QuietHours none = quiet("09:00", "09:00");

        for (int hour = 0; hour < 24; hour++) {
            Instant due = at("2026-03-03T00:00:00Z").plusSeconds(hour * 3600L);
            assertThat(none.contains(due, NEW_YORK)).isFalse();
            assertThat(none.adjust(due, NEW_YORK)).isEqualTo(due);
        }
    }

    @Test
    void quietHoursFollowTheParticipantsZone() {
        Instant due = at("2026-03-03T22:00:00Z"); // 17:00 in New York, 23:00 in Madrid
        ZoneId madrid = ZoneId.of("Europe/Madrid");

        assertThat(QuietHours.DEFAULT.contains(due, NEW_YORK)).isFalse();
        assertThat(QuietHours.DEFAULT.contains(due, madrid)).isTrue();
        assertThat(QuietHours.DEFAULT.adjust(due, madrid)).isEqualTo(at("2026-03-04T08:00:00Z"));
    }

    @Test
    void anAdjustedTimeIsNeverQuiet() {
        Instant due = at("2026-01-01T00:00:00Z");
        for (int quarter = 0; quarter < 4 * 24 * 400; quarter++) {
            Instant sent = QuietHours.DEFAULT.adjust(due, NEW_YORK);
            assertThat(sent).isAfterOrEqualTo(due);
            assertThat(QuietHours.DEFAULT.contains(sent, NEW_YORK)).isFalse();
            due = due.plusSeconds(15 * 60);
        }
    }
}
