package org.peerpartners.companion.bot.channel;

import org.peerpartners.companion.messaging.Channel;

/**
 * One messaging provider behind one small contract: tell its type, turn a provider request
 * into an {@link InboundResult}, and turn an outbound message into a {@link SendResult}.
 * Provider types (Telegram {@code Update}, Twilio {@code Message}) never leave the adapter's
 * package. Authenticate before parsing, with a constant-time comparison.
 */
public interface ChannelAdapter {

    Channel channel();

    InboundResult receive(InboundRequest request);

    SendResult send(OutgoingMessage message);
}
