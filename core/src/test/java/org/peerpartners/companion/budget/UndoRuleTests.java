package org.peerpartners.companion.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class UndoRuleTests {

    private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");

    @Test
    void allowsUndoingAnEntryLoggedLessThanADayAgo() {
        assertThat(UndoRule.decide(Optional.of(NOW.minus(Duration.ofMinutes(2))), NOW)).isEqualTo(UndoRule.Decision.ALLOWED);
        assertThat(UndoRule.decide(Optional.of(NOW.minus(Duration.ofHours(24).minusSeconds(1))), NOW))
                .isEqualTo(UndoRule.Decision.ALLOWED);
    }

    @Test
    void refusesAnEntryThatIsADayOldOrOlder() {
        assertThat(UndoRule.decide(Optional.of(NOW.minus(Duration.ofHours(24))), NOW)).isEqualTo(UndoRule.Decision.TOO_OLD);
        assertThat(UndoRule.decide(Optional.of(NOW.minus(Duration.ofDays(3))), NOW)).isEqualTo(UndoRule.Decision.TOO_OLD);
    }

    @Test
    void saysWhenThereIsNothingToUndo() {
        assertThat(UndoRule.decide(Optional.empty(), NOW)).isEqualTo(UndoRule.Decision.NOTHING_TO_UNDO);
    }
}
