package org.peerpartners.companion.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class JournalTests {

    @Autowired JournalEntryRepository journal;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void listsAParticipantsJournalNewestFirst() {
        var ana = world.ana().id();
        var first = journal.save(JournalEntry.write(ana, "journal.prompt.proud", "I went to the art class", false,
                clock.instant()));
        var second = journal.save(JournalEntry.write(ana, null, "Ben called me", true,
                clock.instant().plus(Duration.ofHours(2))));

        assertThat(journal.findByParticipantIdOrderByCreatedAtDescIdDesc(ana)).containsExactly(second, first);
        assertThat(journal.findByParticipantIdOrderByCreatedAtDescIdDesc(world.ben().id())).isEmpty();
    }

    @Test
    void theCoachSeesOnlySharedLinesSinceTheLastMeeting() {
        var ana = world.ana().id();
        var since = clock.instant();
        journal.save(JournalEntry.write(ana, null, "Before the meeting", true, since.minusSeconds(60)));
        journal.save(JournalEntry.write(ana, null, "Private thought", false, since.plusSeconds(60)));
        var shared = journal.save(JournalEntry.write(ana, null, "Ben called me", false, since.plusSeconds(120))
                .withSharing(true));

        assertThat(journal.findByParticipantIdAndSharedWithCoachTrueAndCreatedAtGreaterThanEqualOrderByCreatedAt(ana,
                since)).containsExactly(shared);
    }
}
