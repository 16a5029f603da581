package org.peerpartners.companion.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a participant may take back a spending entry with UNDO. Only their own last entry,
 * and only for a day: long enough to fix a typo, short enough that the coach's view of the
 * month does not shift under them. Finding "their own last entry" (not undone, logged by
 * the participant rather than by staff) is the caller's query; this is only the rule.
 */
public final class UndoRule {

    /** An entry may be undone while it is younger than this. */
    public static final Duration WINDOW = Duration.ofHours(24);

    /** The answer to an UNDO request. */
    public enum Decision {
        ALLOWED,
        /** The participant has no entry of their own that is not already undone. */
        NOTHING_TO_UNDO,
        /** The last entry is 24 hours old or older; the coach can still change it. */
        TOO_OLD
    }

    private UndoRule() {
    }

    /**
     * @param lastOwnEntryLoggedAt when the participant's last not-undone entry was logged
     *        ({@code spending_entry.spent_at}), empty when there is none
     * @param now the current time, from the caller's clock
     */
    public static Decision decide(Optional<Instant> lastOwnEntryLoggedAt, Instant now) {
        Objects.requireNonNull(now, "now");
        if (lastOwnEntryLoggedAt.isEmpty()) {
            return Decision.NOTHING_TO_UNDO;
        }
        Duration age = Duration.between(lastOwnEntryLoggedAt.get(), now);
        return age.compareTo(WINDOW) < 0 ? Decision.ALLOWED : Decision.TOO_OLD;
    }
}
