package org.peerpartners.companion.bot.channel;

import org.peerpartners.companion.messaging.Channel;

/**
 * A provider's word on a message we sent (a Twilio status callback).
 *
 * @param providerId the provider's id of our message (Twilio MessageSid)
 * @param status the new status
 * @param errorCode the provider's error code when it failed, or null
 */
public record DeliveryReport(Channel channel, String providerId, Status status, String errorCode) {

    public enum Status {
        SENT,
        DELIVERED,
        FAILED,
        /** failed because the recipient opted out at the carrier (Twilio 21610) */
        RECIPIENT_STOPPED
    }
}
