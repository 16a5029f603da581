package org.peerpartners.companion.bot.channel;

import java.util.List;

/**
 * Where adapters hand accepted messages: the durable inbound log. {@link #store} returns
 * only after the messages are committed, so a provider is acknowledged (HTTP 2xx, or a
 * Telegram polling offset) only for what is safely stored. Duplicates (same channel and
 * provider id) are ignored, never stored twice.
 */
public interface InboundSink {

    /** Stores the messages; returns how many were new (the rest were duplicates). */
    int store(List<IncomingMessage> messages);
}
