package org.peerpartners.companion.bot.conversation.runtime;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.peerpartners.companion.bot.conversation.Effect;
import org.peerpartners.companion.bot.conversation.Language;
import org.peerpartners.companion.bot.conversation.Messages;
import org.peerpartners.companion.bot.inbound.InboundMessage;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages to people other than the sender: buddy relays and urgent alerts to the coach
 * and supervisor, each rendered in the recipient's own language on each of their chats
 * and numbers that may get messages. No address ever appears in a text.
 */
@Component
class Notifications {

    static final String RELAY_KIND = "BUDDY_RELAY";
    static final String ALERT_KIND = "SAFETY_ALERT";

    private final Directory directory;
    private final Outbox outbox;
    private final Messages messages;
    private final JdbcClient jdbc;

    Notifications(Directory directory, Outbox outbox, Messages messages, JdbcClient jdbc) {
        this.directory = directory;
        this.outbox = outbox;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /**
     * Whether an inbound Telegram message answers one of our buddy relays: the dispatcher
     * stores the provider's message id on the sent row, and the reply names it.
     */
    boolean repliesToRelay(InboundMessage message) {
        if (message.channel() != Channel.TELEGRAM || message.replyTo() == null) {
            return false;
        }
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM outbound_message
                               WHERE channel = :channel AND address = :address AND provider_id = :replyTo
                                 AND kind = :kind)
                """)
                .param("channel", message.channel().name()).param("address", message.senderAddress())
                .param("replyTo", message.replyTo()).param("kind", RELAY_KIND)
                .query(Boolean.class).single();
    }

    /** Relays to each buddy and records that contact happened (never the text). */
    void relay(InboundMessage message, long senderId, Effect.RelayToBuddies relay, Instant now) {
        for (long buddy : relay.buddyIds()) {
            Language language = directory.participantLanguage(buddy);
            String body = messages.render(language, relay.messageKey(), List.of(relay.senderFirstName(), relay.text()));
            for (Directory.Address to : directory.participantAddresses(buddy)) {
                outbox.enqueue(OutboxEntry.text(to.channel(), to.address(), RELAY_KIND, body, Priority.REPLY,
                        "relay:" + message.id() + ":" + buddy + ":" + to.channel()).toParticipant(buddy));
            }
        }
        jdbc.sql("""
                INSERT INTO buddy_contact (buddy_set_id, from_participant_id, occurred_at)
                SELECT s.id, :sender, :now FROM buddy_set s
                JOIN buddy_member m ON m.buddy_set_id = s.id AND m.participant_id = :sender
                WHERE s.active_from <= :now AND (s.active_until IS NULL OR s.active_until > :now)
                ORDER BY s.active_from DESC, s.id DESC LIMIT 1
                """)
                .param("sender", senderId).param("now", Timestamp.from(now)).update();
    }

    /** The urgent alert to the participant's coach and the coach's supervisor. */
    void alertCoach(InboundMessage message, long participantId, Effect.AlertCoach alert) {
        for (long staff : directory.coachAndSupervisor(participantId)) {
            Language language = directory.staffLanguage(staff);
            String body = messages.render(language, "safety.alert.coach", List.of(alert.participantFirstName()));
            for (Directory.Address to : directory.staffAddresses(staff)) {
                outbox.enqueue(OutboxEntry.text(to.channel(), to.address(), ALERT_KIND, body, Priority.SAFETY,
                        "safety:" + message.id() + ":" + staff + ":" + to.channel()).toStaffUser(staff));
            }
        }
    }
}
