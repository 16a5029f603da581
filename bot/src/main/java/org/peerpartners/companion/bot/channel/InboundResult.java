package org.peerpartners.companion.bot.channel;

import java.util.List;

/** What an adapter made of a provider request. */
public sealed interface InboundResult {

    /** Authentic, and carries messages to store. */
    record Accepted(List<IncomingMessage> messages) implements InboundResult {
        public Accepted {
            messages = List.copyOf(messages);
        }
    }

    /** Authentic, but nothing for us (an edited message, a group chat, a status update). */
    record Ignored(String reason) implements InboundResult {
    }

    /** Not authentic or not readable; nothing is stored. */
    record Rejected(Reason reason, String detail) implements InboundResult {
    }

    /** Why a request was rejected; maps to an HTTP status at the webhook. */
    enum Reason {
        /** missing or wrong signature or secret: 403 */
        UNAUTHENTIC,
        /** a body that cannot be parsed: 400 */
        MALFORMED
    }
}
