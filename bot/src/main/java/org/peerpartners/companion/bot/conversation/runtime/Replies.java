package org.peerpartners.companion.bot.conversation.runtime;

import java.util.List;
import java.util.Set;

import org.peerpartners.companion.bot.conversation.Effect;
import org.peerpartners.companion.bot.conversation.Messages;
import org.peerpartners.companion.bot.inbound.InboundMessage;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.stereotype.Component;

/**
 * Queues the dialog's replies to the sender. Each reply's dedup key is the inbound id and
 * the reply's position, so a message processed twice still answers once.
 */
@Component
class Replies {

    static final String KIND = "REPLY";
    /** The crisis reply: sent before anything else (priority SAFETY). */
    static final String CRISIS_KIND = "CRISIS_REPLY";
    /** A wrong invite code: {@link Invites} counts these per address for the guessing throttle. */
    static final String WRONG_CODE_KIND = "JOIN_WRONG_CODE";

    private static final Set<String> WRONG_CODE_KEYS = Set.of("join.wrong-code", "join.linked-elsewhere");

    private final Outbox outbox;
    private final Messages messages;

    Replies(Outbox outbox, Messages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    /** @param position the reply's place among this message's replies, from 1 */
    void send(InboundMessage message, Speaker to, Effect.Reply reply, int position) {
        List<List<OutboxEntry.Button>> buttons = reply.buttons().stream()
                .map(row -> row.stream()
                        .map(b -> new OutboxEntry.Button(messages.label(reply.language(), b), b.data())).toList())
                .toList();
        String kind = reply.urgent() ? CRISIS_KIND : WRONG_CODE_KEYS.contains(reply.key()) ? WRONG_CODE_KIND : KIND;
        outbox.enqueue(new OutboxEntry(message.channel(), message.senderAddress(), to.participantId(),
                to.staffUserId(), kind, messages.render(reply), reply.urgent() ? Priority.SAFETY : Priority.REPLY,
                "reply:" + message.id() + ":" + position, null, buttons));
    }
}
