package org.peerpartners.companion.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.participant.ChannelIdentity;
import org.peerpartners.companion.participant.ChannelIdentityRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of who agreed to get messages on which address. Every opt-in and opt-out is a
 * new {@link ConsentEvent} with evidence; the linked {@code channel_identity.opted_out_at}
 * is kept in step in the same transaction, so the send-time check (a join on the identity)
 * and the ledger never disagree. An address nobody is linked to (a stranger who texted
 * STOP) is answered by the ledger alone.
 */
@Component
public class ConsentLedger {

    private final ConsentEventRepository events;
    private final ChannelIdentityRepository identities;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConsentLedger(ConsentEventRepository events, ChannelIdentityRepository identities, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.identities = identities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ConsentEvent optIn(Channel channel, String address, ConsentSource source, String evidence) {
        ConsentEvent event = record(channel, address, ConsentKind.OPT_IN, source, evidence);
        jdbc.sql("UPDATE channel_identity SET opted_out_at = NULL WHERE channel = :channel AND address = :address")
                .param("channel", channel.name()).param("address", address).update();
        return event;
    }

    /** Opts the address out; a second STOP is recorded too, but the identity keeps its first opt-out time. */
    @Transactional
    public ConsentEvent optOut(Channel channel, String address, ConsentSource source, String evidence) {
        ConsentEvent event = record(channel, address, ConsentKind.OPT_OUT, source, evidence);
        jdbc.sql("""
                UPDATE channel_identity SET opted_out_at = coalesce(opted_out_at, :at)
                WHERE channel = :channel AND address = :address
                """)
                .param("at", Timestamp.from(event.occurredAt()))
                .param("channel", channel.name()).param("address", address).update();
        return event;
    }

    /** True only when the address's latest consent event is an opt-in: no consent yet means no messages. */
    @Transactional(readOnly = true)
    public boolean isOptedIn(Channel channel, String address) {
        return events.findLatest(channel, address).map(e -> e.kind() == ConsentKind.OPT_IN).orElse(false);
    }

    /** True when the address's latest consent event is an opt-out. */
    @Transactional(readOnly = true)
    public boolean isOptedOut(Channel channel, String address) {
        return events.findLatest(channel, address).map(e -> e.kind() == ConsentKind.OPT_OUT).orElse(false);
    }

    /** An address on a channel. */
    public record Address(Channel channel, String address) {
    }

    /**
     * Which of these addresses opted out, as {@link #isOptedOut} decides it (the latest
     * event per address), in one query for a whole batch. Channels and addresses are each
     * matched with IN, so the set may also hold another channel's same address; look up
     * the pairs asked about.
     */
    public Set<Address> optedOutAmong(Collection<Channel> channels, Collection<String> addresses) {
        if (channels.isEmpty() || addresses.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT channel, address FROM (
                    SELECT DISTINCT ON (channel, address) channel, address, kind FROM consent_event
                    WHERE channel = ANY(:channels) AND address = ANY(:addresses)
                    ORDER BY channel, address, occurred_at DESC, id DESC) latest
                WHERE kind = 'OPT_OUT'
                """)
                .param("channels", channels.stream().map(Channel::name).distinct().toArray(String[]::new))
                .param("addresses", addresses.stream().distinct().toArray(String[]::new))
                .query((rs, n) -> new Address(Channel.valueOf(rs.getString("channel")), rs.getString("address")))
                .list());
    }

    private ConsentEvent record(Channel channel, String address, ConsentKind kind, ConsentSource source,
            String evidence) {
        Optional<ChannelIdentity> identity = identities.findByChannelAndAddress(channel, address);
        return events.save(new ConsentEvent(null, channel, address,
                identity.map(ChannelIdentity::participantId).orElse(null),
                identity.map(ChannelIdentity::staffUserId).orElse(null),
                kind, source, evidence, clock.instant()));
    }
}
