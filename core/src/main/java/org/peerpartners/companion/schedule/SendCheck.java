package org.peerpartners.companion.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.peerpartners.companion.participant.QuietHours;

/**
 * The re-check a due row gets when the sweep claims it, pure: things may have changed since
 * it was planned (a pause, a new zone, the scheduler was down). The decision says whether to
 * send it now, move it, or drop it, and why.
 */
public final class SendCheck {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Duration maxLateness;

    public SendCheck(Duration maxLateness) {
        this.maxLateness = Objects.requireNonNull(maxLateness, "maxLateness");
    }

    /** What to do with a due row. */
    public sealed interface Decision permits Send, Move, Drop {
        String reason();
    }

    public record Send(String reason) implements Decision {
    }

    public record Move(Instant to, String reason) implements Decision {
    }

    public record Drop(String reason) implements Decision {
    }

    /**
     * The facts about a due row and its participant at send time.
     *
     * @param active the participant is ACTIVE (not invited-only, not exited)
     * @param pausedUntil the end of a pause, or null
     * @param reachable the participant has a linked channel that has not opted out
     * @param stillWanted null when the message still applies, else why not (e.g. "the plan item was removed")
     */
    public record Facts(ScheduledKind kind, Instant dueAt, Instant staleAt, boolean active, Instant pausedUntil,
            ZoneId zone, QuietHours quietHours, boolean reachable, String stillWanted) {
    }

    public Decision decide(Facts row, Instant now) {
        if (!row.active()) {
            return new Drop("dropped: the participant is not active");
        }
        if (row.pausedUntil() != null && row.pausedUntil().isAfter(now)) {
            return new Drop("dropped: reminders paused until " + row.pausedUntil());
        }
        if (row.stillWanted() != null) {
            return new Drop("dropped: " + row.stillWanted());
        }
        if (row.staleAt() != null && !now.isBefore(row.staleAt())) {
            return new Drop("dropped: " + row.kind().staleReason());
        }
        if (Duration.between(row.dueAt(), now).compareTo(maxLateness) > 0) {
            return new Drop("dropped: too late, due " + row.dueAt() + " but found " + now
                    + " (the scheduler was behind)");
        }
        QuietHours quiet = row.quietHours() == null ? QuietHours.DEFAULT : row.quietHours();
        if (quiet.contains(now, row.zone())) {
            Instant end = quiet.adjust(now, row.zone());
            if (row.staleAt() != null && !end.isBefore(row.staleAt())) {
                return new Drop("dropped: in quiet hours until " + LOCAL.format(end.atZone(row.zone())) + "; by then "
                        + row.kind().staleReason());
            }
            return new Move(end, "moved at send time: quiet hours until " + LOCAL.format(end.atZone(row.zone())) + " "
                    + row.zone().getId());
        }
        if (!row.reachable()) {
            return new Drop("dropped: no linked channel that may receive messages (unlinked or opted out)");
        }
        return new Send("sent");
    }
}
