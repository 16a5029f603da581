package org.peerpartners.companion.bot.conversation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What a dialog step asks the runtime to do, in order, in one transaction. A dialog never
 * does any of it itself.
 */
public sealed interface Effect {

    /**
     * A reply to the sender, rendered by {@link Messages} in {@code language}.
     *
     * @param buttons inline-keyboard rows (Telegram); on SMS the dialog also sets
     *        {@code answersKey}, a line listing the keyword answers appended to the text
     * @param urgent the crisis reply: send before anything else
     */
    record Reply(String key, List<Object> args, Language language, List<List<Button>> buttons,
            Optional<String> answersKey, boolean urgent) implements Effect {

        public Reply {
            args = List.copyOf(args);
            buttons = buttons.stream().map(List::copyOf).toList();
        }

        static Reply of(Language language, String key, Object... args) {
            return new Reply(key, List.of(args), language, List.of(), Optional.empty(), false);
        }
    }

    /** A button: label from the bundle ({@code labelKey} with {@code labelArgs}), {@code data} sent back. */
    record Button(String labelKey, List<Object> labelArgs, String data) {
        public Button {
            labelArgs = List.copyOf(labelArgs);
        }
    }

    /** Link the sender's chat or number to the code's person; on SMS also record opt-in consent. */
    record LinkIdentity(String code) implements Effect {
    }

    /** Add an item to this week's plan with exactly this number. */
    record AddPlanItem(int number, String text, Optional<LocalDate> plannedOn, Optional<LocalTime> plannedTime)
            implements Effect {
    }

    /** Record a check-in for the item of this week's plan with this number. */
    record RecordCheckIn(int itemNumber, CheckInOutcome outcome) implements Effect {
    }

    /** Fill in the latest check-in of the item: the achievement rating and/or a note. */
    record UpdateCheckIn(int itemNumber, Optional<Integer> achievement, Optional<String> note) implements Effect {
    }

    /** Log spending against this month's budget (the month in the participant's zone). */
    record LogSpending(BigDecimal amount, String what) implements Effect {
    }

    /** Mark the participant's own spending entry undone. */
    record UndoSpending(long entryId) implements Effect {
    }

    /** Save a journal entry, private unless {@code shared}. */
    record SaveJournal(String text, Optional<String> promptKey, boolean shared) implements Effect {
    }

    /** Share the participant's most recent journal entry with the coach. */
    record ShareLatestJournal() implements Effect {
    }

    /**
     * Relay a buddy message to each listed buddy on their own channel, rendered in the
     * buddy's language with {@code messageKey} (args: sender's first name, text), and record
     * that contact happened (never the text).
     */
    record RelayToBuddies(List<Long> buddyIds, String senderFirstName, String text, String messageKey)
            implements Effect {
        public RelayToBuddies {
            buddyIds = List.copyOf(buddyIds);
        }
    }

    record SetPause(Instant until) implements Effect {
    }

    record ClearPause() implements Effect {
    }

    record SetLanguage(Language language) implements Effect {
    }

    /** Store a safety alert (participant, this inbound message, the matched phrase). */
    record CreateSafetyAlert(String matchedPhrase) implements Effect {
    }

    /** Send an urgent alert to the participant's coach and supervisor (message + admin web). */
    record AlertCoach(String participantFirstName, String matchedPhrase) implements Effect {
    }
}
