package org.peerpartners.companion.bot.inbound;

import java.util.Locale;

import org.peerpartners.companion.messaging.Channel;

/**
 * Who sent a message: a linked participant or staff user, or an unknown address.
 *
 * @param identityId the {@code channel_identity} row, or null when unknown
 * @param participantId the linked participant, or null
 * @param staffUserId the linked staff user, or null
 * @param locale the person's language, or English for an unknown sender
 */
public record Sender(Channel channel, String address, Long identityId, Long participantId, Long staffUserId,
        Locale locale) {

    public boolean known() {
        return identityId != null;
    }
}
