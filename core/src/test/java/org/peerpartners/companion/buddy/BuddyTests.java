package org.peerpartners.companion.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class BuddyTests {

    @Autowired BuddySetRepository sets;
    @Autowired BuddyContactRepository contacts;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures fixtures;
    Fixtures.World world;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(aggregates, clock);
        world = fixtures.world();
    }

    @Test
    void loadsAPairWithItsMembers() {
        var loaded = sets.findById(world.anaAndBen().id()).orElseThrow();

        assertThat(loaded.members()).extracting(BuddyMember::participantId)
                .containsExactlyInAnyOrder(world.ana().id(), world.ben().id());
        assertThat(loaded.buddiesOf(world.ana().id())).containsExactly(world.ben().id());
    }

    @Test
    void findsAParticipantsCurrentBuddies() {
        assertThat(sets.findCurrentBuddyIds(world.ana().id(), clock.instant())).containsExactly(world.ben().id());
        assertThat(sets.findCurrentBuddyIds(world.ben().id(), clock.instant())).containsExactly(world.ana().id());
        assertThat(sets.findActiveFor(world.ana().id(), clock.instant())).map(BuddySet::id)
                .contains(world.anaAndBen().id());
    }

    @Test
    void aNewTrioReplacesAnEndedPair() {
        var carla = fixtures.participant(world.group(), "Carla", Fixtures.ENGLISH, Fixtures.NEW_YORK,
                java.math.BigDecimal.TEN);
        var later = clock.instant().plus(Duration.ofDays(7));
        sets.save(world.anaAndBen().end(later));
        var trio = sets.save(BuddySet.of(world.group().id(), List.of(world.ana().id(), world.ben().id(), carla.id()),
                later));

        assertThat(sets.findCurrentBuddyIds(world.ana().id(), clock.instant())).containsExactly(world.ben().id());
        assertThat(sets.findCurrentBuddyIds(world.ana().id(), later)).containsExactly(world.ben().id(), carla.id());
        assertThat(sets.findActiveInGroup(world.group().id(), later)).extracting(BuddySet::id)
                .containsExactly(trio.id());
    }

    @Test
    void someoneWithoutABuddyHasNone() {
        var carla = fixtures.participant(world.group(), "Carla", Fixtures.ENGLISH, Fixtures.NEW_YORK,
                java.math.BigDecimal.TEN);

        assertThat(sets.findCurrentBuddyIds(carla.id(), clock.instant())).isEmpty();
        assertThat(sets.findActiveFor(carla.id(), clock.instant())).isEmpty();
        assertThat(sets.findCurrentBuddyIds(world.ana().id(), clock.instant().minusSeconds(1))).isEmpty();
    }

    @Test
    void buddiesComeInPairsOrTrios() {
        assertThatThrownBy(() -> BuddySet.of(world.group().id(), List.of(world.ana().id()), clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsContactWithoutKeepingWhatWasSaid() {
        var set = world.anaAndBen().id();
        contacts.save(BuddyContact.of(set, world.ana().id(), clock.instant()));
        contacts.save(BuddyContact.of(set, world.ana().id(), clock.instant().plus(Duration.ofHours(1))));
        contacts.save(BuddyContact.of(set, world.ben().id(), clock.instant()));

        var from = clock.instant();
        var to = from.plus(Duration.ofDays(7));
        assertThat(contacts.countByFromParticipantIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(
                world.ana().id(), from, to)).isEqualTo(2);
        assertThat(contacts.findByFromParticipantIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAt(
                world.ben().id(), from, to)).hasSize(1);
        assertThat(BuddyContact.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("id", "buddySetId", "fromParticipantId", "occurredAt");
    }
}
