package org.peerpartners.companion.participant;

import java.time.Instant;

import org.peerpartners.companion.messaging.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;

/**
 * A chat or phone number linked to one person (participant or staff). {@code optedOutAt}
 * is read-only here: only the consent ledger writes it, in the same transaction as the
 * consent event it mirrors, so saving a stale copy of this record can never undo a STOP.
 *
 * @param address a Telegram chat id, an E.164 phone number or a sandbox id; never logged unmasked
 */
public record ChannelIdentity(
        @Id Long id,
        Channel channel,
        String address,
        Long participantId,
        Long staffUserId,
        Instant linkedAt,
        @ReadOnlyProperty Instant optedOutAt,
        Instant unlinkedAt) {

    public static ChannelIdentity forParticipant(Channel channel, String address, Long participantId, Instant now) {
        return new ChannelIdentity(null, channel, address, participantId, null, now, null, null);
    }

    public static ChannelIdentity forStaff(Channel channel, String address, Long staffUserId, Instant now) {
        return new ChannelIdentity(null, channel, address, null, staffUserId, now, null, null);
    }

    public ChannelIdentity unlink(Instant now) {
        return new ChannelIdentity(id, channel, address, participantId, staffUserId, linkedAt, optedOutAt, now);
    }

    public boolean isLinked() {
        return unlinkedAt == null;
    }

    public boolean isOptedOut() {
        return optedOutAt != null;
    }
}
