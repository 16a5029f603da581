package org.peerpartners.companion.bot.conversation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

/** What a message asks for, as understood by {@link CommandParser}. */
public sealed interface Command {

    /** {@code JOIN CODE}, {@code UNIRME CODE} or {@code /start CODE}. */
    record Join(String code) implements Command {
    }

    /** A bare {@code /start} (Telegram, no code). */
    record Start() implements Command {
    }

    record Help() implements Command {
    }

    record Plan() implements Command {
    }

    /** {@code ADD [day] [time] text}; a time without a day means today. */
    record Add(String text, Optional<PlannedDay> day, Optional<LocalTime> time) implements Command {
    }

    record CheckIn(CheckInOutcome outcome, int itemNumber) implements Command {
    }

    record Spent(BigDecimal amount, String what) implements Command {
    }

    record Undo() implements Command {
    }

    record Budget() implements Command {
    }

    record Goals() implements Command {
    }

    /** {@code JOURNAL} alone (empty text) asks for a guided entry. */
    record Journal(Optional<String> text) implements Command {
    }

    record Buddy(String text) implements Command {
    }

    record Next() implements Command {
    }

    record Pause(int days) implements Command {
    }

    record Resume() implements Command {
    }

    record Lang(Language language) implements Command {
    }

    /** Coach: the latest pre-group summary. */
    record Summary() implements Command {
    }

    /** Matches no command; may still answer an open question. */
    record Unknown(String text) implements Command {
    }

    /**
     * A known command with unusable details.
     *
     * @param reason a message key saying what is accepted, e.g. {@code invalid.amount.not-a-number}
     * @param text the message as sent (an open question may still take it as an answer)
     */
    record Invalid(String reason, String text) implements Command {
    }

    /** The day part of {@code ADD tue 6pm ...}. */
    sealed interface PlannedDay {
        record Today() implements PlannedDay {
        }

        record Tomorrow() implements PlannedDay {
        }

        record Weekday(DayOfWeek day) implements PlannedDay {
        }
    }
}
