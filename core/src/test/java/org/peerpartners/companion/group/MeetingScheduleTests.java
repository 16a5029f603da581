package org.peerpartners.companion.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MeetingScheduleTests {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Coach Carmen's group meets on Tuesdays at 6 pm in Chicago, from March 3, 2026. */
    private static final LocalDateTime FIRST_TUESDAY = LocalDateTime.parse("2026-03-03T18:00");

    private static MeetingSchedule carmensGroup(Cadence cadence, Set<LocalDate> cancelled, LocalDate endsOn) {
        return new MeetingSchedule(cadence, FIRST_TUESDAY, CHICAGO, null, "Library room B", cancelled, endsOn);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void weeklyMeetingsKeepTheirLocalTimeAcrossTheSpringClockChange() {
        var meetings = carmensGroup(Cadence.WEEKLY, Set.of(), null)
                .occurrences(at("2026-03-01T00:00:00Z"), at("2026-03-18T00:00:00Z"));

        // 18:00 CST is 00:00Z the next day; after March 8 it is 18:00 CDT, 23:00Z.
        assertThat(meetings).extracting(MeetingOccurrence::start)
                .containsExactly(at("2026-03-04T00:00:00Z"), at("2026-03-10T23:00:00Z"), at("2026-03-17T23:00:00Z"));
        assertThat(meetings).extracting(MeetingOccurrence::localDate)
                .containsExactly(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-17"));
        assertThat(meetings).allSatisfy(meeting -> {
            assertThat(meeting.start().atZone(CHICAGO).getHour()).isEqualTo(18);
            assertThat(Duration.between(meeting.start(), meeting.end())).isEqualTo(Duration.ofMinutes(90));
            assertThat(meeting.place()).isEqualTo("Library room B");
        });
    }

    @Test
    void weeklyMeetingsKeepTheirLocalTimeAcrossTheAutumnClockChange() {
        var meetings = carmensGroup(Cadence.WEEKLY, Set.of(), null)
                .occurrences(at("2026-10-25T00:00:00Z"), at("2026-11-05T00:00:00Z"));

        assertThat(meetings).extracting(MeetingOccurrence::start)
                .containsExactly(at("2026-10-27T23:00:00Z"), at("2026-11-04T00:00:00Z"));
    }

    @Test
    void biweeklyMeetingsSkipEveryOtherWeekCountedFromTheFirstMeeting() {
        var meetings = carmensGroup(Cadence.BIWEEKLY, Set.of(), null)
                .occurrences(at("2026-03-05T00:00:00Z"), at("2026-04-15T00:00:00Z"));

        assertThat(meetings).extracting(MeetingOccurrence::localDate).containsExactly(
                LocalDate.parse("2026-03-17"), LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-14"));
    }

    @Test
    void cancelledDatesAreLeftOut() {
        var meetings = carmensGroup(Cadence.WEEKLY, Set.of(LocalDate.parse("2026-03-10")), null)
                .occurrences(at("2026-03-01T00:00:00Z"), at("2026-03-18T00:00:00Z"));

        assertThat(meetings).extracting(MeetingOccurrence::localDate)
                .containsExactly(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-17"));
    }

    @Test
    void theSeriesStopsAfterItsLastDayWhichStillHasAMeeting() {
        var meetings = carmensGroup(Cadence.WEEKLY, Set.of(), LocalDate.parse("2026-03-10"))
                .occurrences(at("2026-03-01T00:00:00Z"), at("2027-01-01T00:00:00Z"));

        assertThat(meetings).extracting(MeetingOccurrence::localDate)
                .containsExactly(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-10"));
    }

    @Test
    void theWindowIncludesAMeetingStartingAtItsStartAndExcludesOneStartingAtItsEnd() {
        var schedule = carmensGroup(Cadence.WEEKLY, Set.of(), null);

        assertThat(schedule.occurrences(at("2026-03-10T23:00:00Z"), at("2026-03-17T23:00:00Z")))
                .extracting(MeetingOccurrence::start).containsExactly(at("2026-03-10T23:00:00Z"));
    }

    @Test
    void nothingBeforeTheFirstMeeting() {
        assertThat(carmensGroup(Cadence.WEEKLY, Set.of(), null)
                .occurrences(at("2025-01-01T00:00:00Z"), at("2026-03-03T00:00:00Z"))).isEmpty();
    }

    @Test
    void findsMeetingsYearsAfterTheFirstOne() {
        var meetings = carmensGroup(Cadence.BIWEEKLY, Set.of(), null)
                .occurrences(at("2036-03-01T00:00:00Z"), at("2036-03-31T00:00:00Z"));

        assertThat(meetings).hasSize(2).allSatisfy(meeting -> {
            assertThat(meeting.localDate().getDayOfWeek()).isEqualTo(FIRST_TUESDAY.getDayOfWeek());
            assertThat(meeting.start().atZone(CHICAGO).toLocalTime()).isEqualTo(FIRST_TUESDAY.toLocalTime());
        });
    }

    @Test
    void aStartInTheSpringForwardGapMovesLaterByTheGap() {
        // Sundays at 2:30 am in New York; on March 8, 2026 clocks jump from 2:00 to 3:00.
        var nightOwls = new MeetingSchedule(Cadence.WEEKLY, LocalDateTime.parse("2026-03-01T02:30"), NEW_YORK, "Diner");

        var meetings = nightOwls.occurrences(at("2026-03-01T00:00:00Z"), at("2026-03-16T00:00:00Z"));

        assertThat(meetings).extracting(meeting -> meeting.start().atZone(NEW_YORK).toLocalTime().toString())
                .containsExactly("02:30", "03:30", "02:30");
        assertThat(meetings.get(1).localDate()).isEqualTo(LocalDate.parse("2026-03-08"));
    }

    @Test
    void nextIsTheFirstMeetingStartingStrictlyAfterTheGivenTime() {
        var schedule = carmensGroup(Cadence.WEEKLY, Set.of(LocalDate.parse("2026-03-17")), null);

        assertThat(schedule.next(at("2026-03-01T00:00:00Z"))).map(MeetingOccurrence::localDate)
                .contains(LocalDate.parse("2026-03-03"));
        // During the March 10 meeting, and at its very start, the next one is two weeks on (the 17th is cancelled).
        assertThat(schedule.next(at("2026-03-10T23:30:00Z"))).map(MeetingOccurrence::localDate)
                .contains(LocalDate.parse("2026-03-24"));
        assertThat(schedule.next(at("2026-03-10T23:00:00Z"))).map(MeetingOccurrence::localDate)
                .contains(LocalDate.parse("2026-03-24"));
    }

    @Test
    void nextSkipsARunOfCancellations() {
        var schedule = carmensGroup(Cadence.WEEKLY, Set.of(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-17"),
                LocalDate.parse("2026-03-24")), null);

        assertThat(schedule.next(at("2026-03-04T12:00:00Z"))).map(MeetingOccurrence::localDate)
                .contains(LocalDate.parse("2026-03-31"));
    }

    @Test
    void nextIsEmptyOnceTheSeriesHasEnded() {
        var schedule = carmensGroup(Cadence.WEEKLY, Set.of(LocalDate.parse("2026-03-10")), LocalDate.parse("2026-03-10"));

        assertThat(schedule.next(at("2026-03-05T00:00:00Z"))).isEmpty();
    }
}
