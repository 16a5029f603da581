package org.peerpartners.companion.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class GroupSetupTests {

    @Autowired GroupSetup setup;
    @Autowired PeerGroupRepository groups;
    @Autowired MeetingSeriesRepository series;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures fixtures;
    Fixtures.World world;
    Actor carmen;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(aggregates, clock);
        world = fixtures.world();
        carmen = new Actor(world.carmen().id(), world.program().id(), "Coach Carmen", Role.COACH);
    }

    @Test
    void startsAGroupWithItsSeriesAndTheNextEightWeeksOfMeetings() {
        // now is Monday 23 November 2026, 10:00 in New York; first meeting Tuesday 1 December, 18:00
        var started = setup.start(new GroupSetup.NewGroup("Tuesday Group", world.carmen().id(), "America/New_York",
                "2026-12-01T18:00", "weekly", null, "Library, Room B"), carmen);

        var group = groups.findById(started.id()).orElseThrow();
        assertThat(group.coachId()).isEqualTo(world.carmen().id());
        assertThat(group.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        var saved = series.findByGroupId(started.id()).orElseThrow();
        assertThat(saved.cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(saved.durationMinutes()).isEqualTo(90);
        assertThat(started.meetings()).hasSize(8);
        assertThat(started.meetings().get(0).startsAt()).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
        assertThat(started.meetings().get(0).endsAt()).isEqualTo(Instant.parse("2026-12-02T00:30:00Z"));
    }

    @Test
    void aBiweeklySeriesThatStartedInThePastGetsItsNextMeetings() {
        var started = setup.start(new GroupSetup.NewGroup("Old Group", world.carmen().id(), "America/Chicago",
                "2026-11-02T17:30", "BIWEEKLY", 60, "Hall"), carmen);

        assertThat(started.meetings()).extracting(Meeting::startsAt).containsExactly(
                Instant.parse("2026-11-30T23:30:00Z"), Instant.parse("2026-12-14T23:30:00Z"),
                Instant.parse("2026-12-28T23:30:00Z"), Instant.parse("2027-01-11T23:30:00Z"));
    }

    @Test
    void namesEveryWrongField() {
        assertThatThrownBy(() -> setup.start(new GroupSetup.NewGroup("", null, "EST5EDT+", "next tuesday", "DAILY", 5,
                null), carmen))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(tuple("name", "required"), tuple("coachId", "required"),
                                tuple("timeZone", "unknown_time_zone"), tuple("firstStart", "invalid_date_time"),
                                tuple("cadence", "not_allowed"), tuple("durationMinutes", "out_of_range"),
                                tuple("place", "required")));
    }

    @Test
    void aCoachMayNotStartAGroupForAnotherCoach() {
        var other = fixtures.coachCarmen(world.program(), world.supervisor());
        assertThatThrownBy(() -> setup.start(new GroupSetup.NewGroup("G", other.id(), "America/New_York",
                "2026-12-01T18:00", "WEEKLY", 90, "P"), carmen))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("coachId"));
        var sam = new Actor(world.supervisor().id(), world.program().id(), "Sam", Role.SUPERVISOR);
        assertThat(setup.assignableCoaches(sam)).extracting(c -> c.id()).contains(world.carmen().id(), other.id());
        assertThat(setup.assignableCoaches(carmen)).extracting(c -> c.id()).containsExactly(world.carmen().id());
    }
}
