package org.peerpartners.companion.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class GroupTests {

    @Autowired PeerGroupRepository groups;
    @Autowired MeetingSeriesRepository series;
    @Autowired MeetingRepository meetings;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void loadsAGroupWithItsDefaultSummaryLead() {
        var group = groups.findById(world.group().id()).orElseThrow();

        assertThat(group).isEqualTo(world.group());
        assertThat(group.summaryLeadMinutes()).isEqualTo(120);
    }

    @Test
    void findsACoachsActiveGroupsAndASupervisorsGroups() {
        var fixtures = new Fixtures(aggregates, clock);
        var archived = groups.save(fixtures.group(world.program(), world.carmen()).archive(clock.instant()));

        assertThat(groups.findByCoachIdAndArchivedAtIsNullOrderByName(world.carmen().id()))
                .extracting(PeerGroup::id).containsExactly(world.group().id()).doesNotContain(archived.id());
        assertThat(groups.findActiveSupervisedBy(world.supervisor().id()))
                .extracting(PeerGroup::id).containsExactly(world.group().id());
        assertThat(groups.findActiveSupervisedBy(world.carmen().id())).isEmpty();
    }

    @Test
    void keepsASeriesCancellationsAsPartOfTheSeries() {
        var thanksgiving = LocalDate.of(2026, 11, 26);
        series.save(world.series().cancel(thanksgiving, "Thanksgiving"));

        var loaded = series.findByGroupId(world.group().id()).orElseThrow();

        assertThat(loaded.cancellations()).containsExactly(new MeetingCancellation(thanksgiving, "Thanksgiving"));
        assertThat(loaded.isCancelled(thanksgiving)).isTrue();

        series.save(loaded.reinstate(thanksgiving));
        assertThat(series.findById(loaded.id()).orElseThrow().cancellations()).isEmpty();
    }

    @Test
    void refusesASecondSeriesForTheSameGroup() {
        assertThatThrownBy(() -> series.save(MeetingSeries.create(world.group().id(), Cadence.BIWEEKLY,
                world.series().firstStart(), 90, "Elsewhere")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listsOccurrencesInLocalTimeAcrossDaylightSavingAndSkipsCancelledDays() {
        var weekly = MeetingSeries.create(world.group().id(), Cadence.WEEKLY, LocalDateTime.of(2026, 10, 22, 18, 0),
                90, "Queens Library, Room 2").cancel(LocalDate.of(2026, 11, 26), "Thanksgiving");

        var starts = startsBetween(weekly, LocalDate.of(2026, 10, 29), LocalDate.of(2026, 12, 3));

        assertThat(starts).extracting(ZonedDateTime::toLocalDate).containsExactly(
                LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 12),
                LocalDate.of(2026, 11, 19), LocalDate.of(2026, 12, 3));
        assertThat(starts).allSatisfy(start -> assertThat(start.getHour()).isEqualTo(18));
        // 29 October is before the clocks go back on 1 November, 5 November after
        assertThat(starts.get(1).toInstant()).isEqualTo(starts.get(0).toInstant().plus(Duration.ofHours(7 * 24 + 1)));
    }

    @Test
    void biweeklySeriesStopsAfterItsLastDay() {
        var biweekly = MeetingSeries.create(world.group().id(), Cadence.BIWEEKLY, LocalDateTime.of(2026, 11, 5, 18, 0),
                90, "Room 2").endingOn(LocalDate.of(2026, 12, 3));

        assertThat(startsBetween(biweekly, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)))
                .extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 12, 3));
    }

    private static List<ZonedDateTime> startsBetween(MeetingSeries series, LocalDate firstDay, LocalDate lastDay) {
        return series.schedule(Fixtures.NEW_YORK)
                .occurrences(firstDay.atStartOfDay(Fixtures.NEW_YORK).toInstant(),
                        lastDay.plusDays(1).atStartOfDay(Fixtures.NEW_YORK).toInstant())
                .stream().map(meeting -> meeting.start().atZone(Fixtures.NEW_YORK)).toList();
    }

    @Test
    void storesAttendanceWithTheMeeting() {
        var meeting = meetings.save(thursdayMeeting());

        meetings.save(meeting.withStatus(MeetingStatus.HELD)
                .withAttendance(world.ana().id(), AttendanceStatus.PRESENT)
                .withAttendance(world.ben().id(), AttendanceStatus.ABSENT)
                .withAttendance(world.ben().id(), AttendanceStatus.EXCUSED));

        var loaded = meetings.findById(meeting.id()).orElseThrow();
        assertThat(loaded.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(loaded.attendance()).containsExactlyInAnyOrder(
                new Attendance(world.ana().id(), AttendanceStatus.PRESENT),
                new Attendance(world.ben().id(), AttendanceStatus.EXCUSED));
        assertThat(loaded.attendanceOf(world.ben().id())).contains(AttendanceStatus.EXCUSED);
    }

    @Test
    void findsTheNextAndThePreviousMeeting() {
        var thursday = meetings.save(thursdayMeeting());
        var nextWeek = meetings.save(Meeting.schedule(world.group().id(), world.series().id(),
                thursday.startsAt().plus(Duration.ofDays(7)), thursday.endsAt().plus(Duration.ofDays(7)), "Room 2"));
        meetings.save(Meeting.schedule(world.group().id(), world.series().id(),
                thursday.startsAt().minus(Duration.ofDays(7)), thursday.endsAt().minus(Duration.ofDays(7)), "Room 2")
                .withStatus(MeetingStatus.CANCELLED));

        assertThat(meetings.findNext(world.group().id(), clock.instant())).map(Meeting::id).contains(thursday.id());
        assertThat(meetings.findNext(world.group().id(), thursday.startsAt())).map(Meeting::id)
                .contains(nextWeek.id());
        assertThat(meetings.findPrevious(world.group().id(), clock.instant())).isEmpty();
        assertThat(meetings.findPrevious(world.group().id(), nextWeek.startsAt())).map(Meeting::id)
                .contains(thursday.id());
        assertThat(meetings.findByGroupIdAndStartsAt(world.group().id(), thursday.startsAt())).isPresent();
    }

    @Test
    void refusesTwoMeetingsOfAGroupAtTheSameTime() {
        meetings.save(thursdayMeeting());

        assertThatThrownBy(() -> meetings.save(thursdayMeeting())).isInstanceOf(DataIntegrityViolationException.class);
    }

    private Meeting thursdayMeeting() {
        Instant start = ZonedDateTime.of(2026, 11, 26, 18, 0, 0, 0, Fixtures.NEW_YORK).toInstant();
        return Meeting.schedule(world.group().id(), world.series().id(), start, start.plus(Duration.ofMinutes(90)),
                "Queens Library, Room 2");
    }
}
