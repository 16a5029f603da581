package org.peerpartners.companion.bot.inbound;

/**
 * The conversation engine's entry point: everything after the pipeline's consent keywords.
 * Called by the inbound worker inside the transaction that marks the message processed;
 * write domain rows and {@link org.peerpartners.companion.messaging.Outbox} entries there,
 * and a throw rolls them back and retries the message later. Messages from one sender
 * arrive one at a time, in order.
 */
public interface MessageHandler {

    /**
     * Handles the message; returns false when it had nothing to say, so the pipeline's
     * fallback applies (an unknown sender gets the "how to join" reply; a known sender's
     * HELP gets the pipeline's help text).
     */
    boolean handle(InboundMessage message, Sender sender);
}
