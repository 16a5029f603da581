package org.peerpartners.companion.bot.conversation;

/** One inbound message as the dialog sees it. */
public sealed interface Input {

    String text();

    /** A message typed (or a pressed button's data). */
    record Text(String text) implements Input {
    }

    /** A Telegram reply to a relayed buddy message: relayed back to the buddies. */
    record BuddyReply(String text) implements Input {
    }
}
