package org.peerpartners.companion.bot.inbound;

import java.time.Instant;

import org.peerpartners.companion.messaging.Channel;

/**
 * A stored inbound message, as the worker hands it to the pipeline.
 *
 * @param id the {@code inbound_message} row id: the evidence for consent events and the
 *        base of reply dedup keys
 * @param replyTo the provider id of the bot message this one replies to, or null
 * @param attempts earlier failed attempts at processing it
 */
public record InboundMessage(
        long id,
        Channel channel,
        String providerId,
        String senderAddress,
        String text,
        String replyTo,
        Instant receivedAt,
        int attempts) {
}
