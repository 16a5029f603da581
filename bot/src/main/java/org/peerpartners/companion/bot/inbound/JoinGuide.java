package org.peerpartners.companion.bot.inbound;

import java.sql.Timestamp;
import java.time.Clock;

import org.peerpartners.companion.bot.BotTexts;
import org.peerpartners.companion.bot.MessagingProperties;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one "how to join" reply an unknown address gets, at most once per
 * {@code companion.messaging.inbound.join-reply-interval}: the outbox itself is the record
 * of when we last told that address, so no extra table is needed and every instance
 * agrees. Messages of one sender are processed one at a time, so two cannot race here.
 */
@Component
class JoinGuide {

    static final String KIND = "HOW_TO_JOIN";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final BotTexts texts;
    private final Clock clock;
    private final MessagingProperties properties;

    JoinGuide(JdbcClient jdbc, Outbox outbox, BotTexts texts, Clock clock, MessagingProperties properties) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.properties = properties;
    }

    /** Queues the reply unless this address got one within the interval; returns whether it did. */
    boolean reply(InboundMessage message, Sender sender) {
        boolean recentlyTold = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM outbound_message
                               WHERE channel = :channel AND address = :address AND kind = :kind
                                 AND created_at > :since)
                """)
                .param("channel", message.channel().name())
                .param("address", message.senderAddress())
                .param("kind", KIND)
                .param("since", Timestamp.from(clock.instant().minus(properties.inbound().joinReplyInterval())))
                .query(Boolean.class).single();
        return !recentlyTold && outbox.enqueue(entry(message, sender)).isPresent();
    }

    /** The reply to this message, to queue with the rest of its batch (whose facts say it is due). */
    OutboxEntry entry(InboundMessage message, Sender sender) {
        String key = message.channel() == Channel.TELEGRAM ? "join.howto.telegram" : "join.howto.sms";
        return OutboxEntry.text(message.channel(), message.senderAddress(), KIND, texts.text(sender.locale(), key),
                Priority.REPLY, "how-to-join:" + message.id());
    }
}
