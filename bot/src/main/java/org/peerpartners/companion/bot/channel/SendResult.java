package org.peerpartners.companion.bot.channel;

import java.time.Duration;

/** What happened when an adapter tried to send one message. */
public sealed interface SendResult {

    /** The provider took the message. */
    record Sent(String providerId, int segments) implements SendResult {
    }

    /** The provider did not take it; the failure says what to do next. */
    record Failed(SendFailure failure) implements SendResult {
    }

    /**
     * A closed set of send failures, each saying whether to retry.
     *
     * @param retryable try again later
     * @param retryAfter the provider's own wait (Telegram {@code retry_after}), or null
     * @param recipientStopped the person blocked the bot or replied STOP at the carrier
     *        (Telegram 403, Twilio 21610): record an opt-out, never retry
     */
    record SendFailure(String reason, boolean retryable, Duration retryAfter, boolean recipientStopped) {

        public static SendFailure retryable(String reason, Duration retryAfter) {
            return new SendFailure(reason, true, retryAfter, false);
        }

        public static SendFailure terminal(String reason) {
            return new SendFailure(reason, false, null, false);
        }

        public static SendFailure recipientStopped(String reason) {
            return new SendFailure(reason, false, null, true);
        }
    }
}
