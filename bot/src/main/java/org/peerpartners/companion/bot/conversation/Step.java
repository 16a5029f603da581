package org.peerpartners.companion.bot.conversation;

import java.util.List;

/** The outcome of a dialog step: the state to store and the effects to apply, in order. */
public record Step(ConversationState state, List<Effect> effects) {

    public Step {
        effects = List.copyOf(effects);
    }
}
