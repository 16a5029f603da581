package org.peerpartners.companion.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class AuditTests {

    @Autowired AuditLog auditLog;
    @Autowired AuditEntryRepository entries;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void recordsWhoDidWhatToWhichRecordAtTheClocksTime() {
        var carmen = world.carmen();

        var entry = auditLog.record(carmen.id(), carmen.displayName(), "VIEW_INTERVIEW", "interview", 17L,
                "baseline of participant " + world.ana().id());

        var loaded = entries.findById(entry.id()).orElseThrow();
        assertThat(loaded.occurredAt()).isEqualTo(clock.instant());
        assertThat(loaded.actor()).isEqualTo("Coach Carmen");
        assertThat(loaded.action()).isEqualTo("VIEW_INTERVIEW");
    }

    @Test
    void listsARecordsTrailAndAStaffMembersActions() {
        var carmen = world.carmen();
        var sam = world.supervisor();
        var first = auditLog.record(carmen.id(), carmen.displayName(), "VIEW_INTERVIEW", "interview", 17L, null);
        var second = auditLog.record(sam.id(), sam.displayName(), "VIEW_INTERVIEW", "interview", 17L, null);
        auditLog.record(null, "system", "EXPORT", "outcome_report", null, "CSV");

        assertThat(entries.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc("interview", 17L))
                .containsExactly(first, second);
        assertThat(entries.findByActorIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAtAscIdAsc(
                carmen.id(), clock.instant(), clock.instant().plus(Duration.ofDays(1)))).containsExactly(first);
    }

    @Test
    void theTrailCannotBeRewritten() {
        var entry = auditLog.record(world.carmen().id(), "Coach Carmen", "VIEW_INTERVIEW", "interview", 17L, null);

        assertThatThrownBy(() -> entries.save(new AuditEntry(entry.id(), entry.occurredAt(), null, "someone else",
                entry.action(), entry.targetType(), entry.targetId(), null)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
