package org.peerpartners.companion.bot.channel;

import java.time.Instant;
import java.util.List;

import org.peerpartners.companion.messaging.Channel;

/**
 * One message a person sent, ready to be stored in the inbound log.
 *
 * @param providerId the provider's id, unique per channel (Twilio MessageSid, Telegram update_id)
 * @param senderAddress the Telegram chat id, E.164 phone number or sandbox id
 * @param text the text, or the data of a pressed inline-keyboard button; may be empty
 * @param media references to attached media (never downloaded)
 * @param replyTo the provider id of the bot message this one replies to, or null
 */
public record IncomingMessage(
        Channel channel,
        String providerId,
        String senderAddress,
        String text,
        List<String> media,
        String replyTo,
        Instant receivedAt) {

    public IncomingMessage {
        media = List.copyOf(media);
        text = text == null ? "" : text;
    }
}
