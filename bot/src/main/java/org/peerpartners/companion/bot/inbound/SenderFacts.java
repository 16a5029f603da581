package org.peerpartners.companion.bot.inbound;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peerpartners.companion.bot.BotTexts;
import org.peerpartners.companion.bot.MessagingProperties;
import org.peerpartners.companion.consent.ConsentLedger;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the pipeline reads about the senders of a claimed batch, in three queries for the
 * whole batch instead of three per message: who each sender is, whether they opted out,
 * and whether they got the join guide recently. Read as of the claim, which is safe
 * because a batch holds at most one message per sender: no message of the batch changes
 * what another one reads (as when two workers process two senders at once).
 */
@Component
class SenderFacts {

    private final JdbcClient jdbc;
    private final ConsentLedger consent;
    private final Clock clock;
    private final MessagingProperties properties;

    SenderFacts(JdbcClient jdbc, ConsentLedger consent, Clock clock, MessagingProperties properties) {
        this.jdbc = jdbc;
        this.consent = consent;
        this.clock = clock;
        this.properties = properties;
    }

    /** The facts of one batch, and the join replies its messages call for (queued by the worker in one go). */
    static final class Facts {
        private final Map<String, Sender> known = new HashMap<>();
        private final Set<String> optedOut = new HashSet<>();
        private final Set<String> toldRecently = new HashSet<>();
        private final List<OutboxEntry> queued = new ArrayList<>();

        Sender sender(InboundMessage message, Locale unknownLocale) {
            Sender sender = known.get(key(message.channel(), message.senderAddress()));
            return sender != null ? sender
                    : new Sender(message.channel(), message.senderAddress(), null, null, null, unknownLocale);
        }

        boolean optedOut(InboundMessage message) {
            return optedOut.contains(key(message.channel(), message.senderAddress()));
        }

        boolean toldRecently(InboundMessage message) {
            return toldRecently.contains(key(message.channel(), message.senderAddress()));
        }

        void queue(OutboxEntry reply) {
            queued.add(reply);
        }

        List<OutboxEntry> queued() {
            return queued;
        }
    }

    Facts fetch(List<InboundMessage> batch) {
        Facts facts = new Facts();
        if (batch.isEmpty()) {
            return facts;
        }
        String[] channels = batch.stream().map(m -> m.channel().name()).distinct().toArray(String[]::new);
        String[] addresses = batch.stream().map(InboundMessage::senderAddress).distinct().toArray(String[]::new);
        // arrays keep the statements' text the same whatever the batch size (one plan each);
        // channel and address matched separately over-select a little (another channel's same address); the key filters
        jdbc.sql("""
                SELECT i.id, i.channel, i.address, i.participant_id, i.staff_user_id,
                    coalesce(p.language, s.language) AS language
                FROM channel_identity i
                LEFT JOIN participant p ON p.id = i.participant_id
                LEFT JOIN staff_user s ON s.id = i.staff_user_id
                WHERE i.channel = ANY(:channels) AND i.address = ANY(:addresses) AND i.unlinked_at IS NULL
                """)
                .param("channels", channels).param("addresses", addresses)
                .query((rs, n) -> new Sender(Channel.valueOf(rs.getString("channel")), rs.getString("address"),
                        rs.getLong("id"), rs.getObject("participant_id", Long.class),
                        rs.getObject("staff_user_id", Long.class), BotTexts.locale(rs.getString("language"))))
                .list()
                .forEach(sender -> facts.known.put(key(sender.channel(), sender.address()), sender));
        consent.optedOutAmong(batch.stream().map(InboundMessage::channel).toList(), List.of(addresses))
                .forEach(opted -> facts.optedOut.add(key(opted.channel(), opted.address())));
        jdbc.sql("""
                SELECT DISTINCT channel, address FROM outbound_message
                WHERE channel = ANY(:channels) AND address = ANY(:addresses) AND kind = :kind AND created_at > :since
                """)
                .param("channels", channels).param("addresses", addresses).param("kind", JoinGuide.KIND)
                .param("since", Timestamp.from(clock.instant().minus(properties.inbound().joinReplyInterval())))
                .query((rs, n) -> key(Channel.valueOf(rs.getString("channel")), rs.getString("address")))
                .list()
                .forEach(facts.toldRecently::add);
        return facts;
    }

    private static String key(Channel channel, String address) {
        return channel.name() + ":" + address;
    }
}
