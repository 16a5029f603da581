package org.peerpartners.companion.bot.conversation;

import java.time.Instant;

/**
 * An open question waiting for the person's next message. The runtime stores it per
 * channel identity ({@code conversation_state}, with {@link #expiresAt()}) and passes it
 * back; {@link Idle} means there is nothing to store. A new command always wins over an
 * open question, and an expired question is ignored.
 */
public sealed interface ConversationState {

    /** When the question lapses; {@link Instant#MAX} for {@link Idle}. */
    Instant expiresAt();

    default boolean isOpenAt(Instant now) {
        return !(this instanceof Idle) && now.isBefore(expiresAt());
    }

    record Idle() implements ConversationState {
        @Override
        public Instant expiresAt() {
            return Instant.MAX;
        }
    }

    /** After DONE/PARTLY: "how did it go, 0 to 10?" */
    record AwaitingRating(int itemNumber, CheckInOutcome outcome, Instant expiresAt) implements ConversationState {
    }

    /** After the rating (or SKIP n): "want to add a line about it?" */
    record AwaitingCheckInNote(int itemNumber, Instant expiresAt) implements ConversationState {
    }

    /** After JOURNAL alone: the next message is the entry. */
    record AwaitingJournalEntry(String promptKey, Instant expiresAt) implements ConversationState {
    }

    /** After a journal entry: "may your coach see it? YES or NO". */
    record AwaitingJournalShare(Instant expiresAt) implements ConversationState {
    }
}
