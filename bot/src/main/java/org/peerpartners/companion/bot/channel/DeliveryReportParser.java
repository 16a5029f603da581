package org.peerpartners.companion.bot.channel;

import org.peerpartners.companion.messaging.Channel;

/**
 * Implemented by an adapter whose provider calls back with the status of messages we sent
 * (Twilio's StatusCallback at {@code POST /webhooks/twilio/status}). Authenticate first,
 * exactly as for inbound messages.
 */
public interface DeliveryReportParser {

    Channel channel();

    Result parseReport(InboundRequest request);

    /** What the adapter made of a status callback. */
    sealed interface Result {
    }

    /** An authentic report about one of our messages. */
    record Reported(DeliveryReport report) implements Result {
    }

    /** Authentic, but nothing to record (e.g. an intermediate "queued" status). */
    record Ignored(String reason) implements Result {
    }

    /** Not authentic (403) or not readable (400); nothing is recorded. */
    record Rejected(InboundResult.Reason reason, String detail) implements Result {
    }
}
