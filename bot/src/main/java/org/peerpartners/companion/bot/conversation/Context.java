package org.peerpartners.companion.bot.conversation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.messaging.Channel;

/**
 * A read-only snapshot the runtime loads before a dialog step: who is writing and what the
 * dialog needs to answer them. Empty lists and empty optionals mean "none".
 *
 * @param channel the channel the message came in on (SMS replies list keyword answers)
 * @param language the person's language, or the program default for an unknown sender
 * @param programName shown in the SMS opt-in confirmation
 * @param coachContact how to reach the coach, as the program words it (e.g. "Carmen, 555-0100"), for HELP
 * @param person the linked person, empty for an unknown chat or number
 * @param invite for a {@code JOIN}/{@code /start CODE} message, what the runtime found for the code
 * @param budget this month's figures, already computed (allowance, spent, left, planned)
 * @param lastSpending the person's own last spending entry that is not undone
 * @param summaryLink for a coach, the link to the latest pre-group summary
 */
public record Context(
        Channel channel,
        Language language,
        String programName,
        String coachContact,
        Optional<Person> person,
        Optional<InviteLookup> invite,
        List<PlanItem> plan,
        Optional<BudgetFigures> budget,
        Optional<String> primaryGoal,
        List<String> secondaryGoals,
        List<Buddy> buddies,
        Optional<Meeting> nextMeeting,
        Optional<Instant> pausedUntil,
        Optional<SpendingEntry> lastSpending,
        Optional<String> summaryLink) {

    public Context {
        plan = List.copyOf(plan);
        secondaryGoals = List.copyOf(secondaryGoals);
        buddies = List.copyOf(buddies);
    }

    public enum Role {
        PARTICIPANT,
        COACH
    }

    public record Person(long id, Role role, String firstName, ZoneId zone) {
    }

    public enum ItemStatus {
        OPEN,
        DONE,
        PARTLY,
        NOT_THIS_TIME
    }

    /** A plan item of this week, as numbered for the participant. */
    public record PlanItem(int number, String text, Optional<LocalDate> plannedOn, Optional<LocalTime> plannedTime,
            ItemStatus status) {
    }

    /** The month's figures in the participant's currency; {@code left} may be negative. */
    public record BudgetFigures(BigDecimal allowance, BigDecimal spent, BigDecimal left, BigDecimal planned) {
    }

    public enum Reachability {
        REACHABLE,
        PAUSED,
        OPTED_OUT,
        NOT_LINKED
    }

    /** A member of the person's buddy pair or trio: first name only, never an address. */
    public record Buddy(long participantId, String firstName, Reachability reachability) {
    }

    public record Meeting(Instant startsAt, String place) {
    }

    public record SpendingEntry(long id, BigDecimal amount, String what, Instant createdAt) {
    }

    /** What the runtime found for an invite code (it also applies the guessing throttle). */
    public sealed interface InviteLookup {

        /** The code is live and free: linking it is allowed. */
        record Valid(Role role, String firstName, Language language) implements InviteLookup {
        }

        /** This chat or number is already linked with this code. */
        record AlreadyLinkedHere(String firstName) implements InviteLookup {
        }

        /** The code is linked to another chat or number; the coach must re-issue it. */
        record LinkedElsewhere() implements InviteLookup {
        }

        /** No such live code. */
        record NotFound() implements InviteLookup {
        }

        /** Too many wrong codes from this sender lately. */
        record Throttled() implements InviteLookup {
        }
    }
}
