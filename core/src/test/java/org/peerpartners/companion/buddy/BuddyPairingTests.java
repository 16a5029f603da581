package org.peerpartners.companion.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class BuddyPairingTests {

    @Autowired BuddyPairing pairing;
    @Autowired BuddySetRepository sets;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures fixtures;
    Fixtures.World world;
    Actor carmen;
    Participant carla;
    Participant dev;
    Participant eva;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(aggregates, clock);
        world = fixtures.world();
        carmen = new Actor(world.carmen().id(), world.program().id(), "Coach Carmen", Role.COACH);
        carla = member("Carla");
        dev = member("Dev");
        eva = member("Eva");
    }

    @Test
    void replacesTheCurrentSetsAndKeepsTheOldOnesAsHistory() {
        var saved = pairing.replace(world.group().id(), List.of(List.of(world.ana().id(), carla.id()),
                List.of(world.ben().id(), dev.id(), eva.id())), carmen);

        assertThat(saved).hasSize(2);
        assertThat(pairing.current(world.group().id())).extracting(BuddySet::id)
                .containsExactlyElementsOf(saved.stream().map(BuddySet::id).toList());
        assertThat(sets.findCurrentBuddyIds(world.ana().id(), clock.instant())).containsExactly(carla.id());
        var old = sets.findById(world.anaAndBen().id()).orElseThrow();
        assertThat(old.activeUntil()).isEqualTo(clock.instant());
        assertThat(old.members()).hasSize(2);
    }

    @Test
    void refusesSetsOfOneOrFourPeopleInTwoSetsAndStrangers() {
        var stranger = fixtures.ana(fixtures.group(world.program(), world.carmen()));
        assertThatThrownBy(() -> pairing.replace(world.group().id(), List.of(
                List.of(world.ana().id()),
                List.of(world.ana().id(), world.ben().id(), carla.id(), dev.id()),
                List.of(world.ben().id(), stranger.id()),
                List.of(eva.id(), world.ben().id())), carmen))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("sets[0]", "set_size"), tuple("sets[1]", "set_size"),
                                tuple("sets[2][1]", "not_in_group"), tuple("sets[3][1]", "in_two_sets")));
        assertThat(sets.findCurrentBuddyIds(world.ana().id(), clock.instant())).containsExactly(world.ben().id());
    }

    private Participant member(String name) {
        return fixtures.participant(world.group(), name, Fixtures.ENGLISH, Fixtures.NEW_YORK, BigDecimal.TEN);
    }
}
