package org.peerpartners.companion.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConversationStatesTests {

    private static final Instant EXPIRES = Instant.parse("2026-11-24T21:00:00Z");

    static Stream<ConversationState> states() {
        return Stream.of(new ConversationState.Idle(),
                new ConversationState.AwaitingRating(2, CheckInOutcome.PARTLY, EXPIRES),
                new ConversationState.AwaitingCheckInNote(3, EXPIRES),
                new ConversationState.AwaitingJournalEntry("journal.prompt.4", EXPIRES),
                new ConversationState.AwaitingJournalShare(EXPIRES));
    }

    @ParameterizedTest
    @MethodSource("states")
    void readsBackWhatItWrites(ConversationState state) {
        assertThat(ConversationStates.fromJson(ConversationStates.toJson(state))).isEqualTo(state);
    }

    @Test
    void writesAStableShape() {
        assertThat(ConversationStates.toJson(new ConversationState.AwaitingRating(2, CheckInOutcome.DONE, EXPIRES)))
                .isEqualTo("{\"type\":\"AwaitingRating\",\"expiresAt\":\"2026-11-24T21:00:00Z\",\"itemNumber\":2,\"outcome\":\"DONE\"}");
    }

    @Test
    void dropsAStateItNoLongerKnows() {
        assertThat(ConversationStates.fromJson("{\"type\":\"AwaitingSurvey\",\"expiresAt\":\"2026-11-24T21:00:00Z\"}"))
                .isEqualTo(new ConversationState.Idle());
    }
}
