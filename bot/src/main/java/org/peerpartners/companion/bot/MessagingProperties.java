package org.peerpartners.companion.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the message path ({@code companion.messaging.*}); every default is listed
 * here and suits one instance with a long-code SMS number.
 */
@ConfigurationProperties("companion.messaging")
@Validated
public record MessagingProperties(
        @Valid @NotNull @DefaultValue Workers workers,
        @Valid @NotNull @DefaultValue Inbound inbound,
        @Valid @NotNull @DefaultValue Outbound outbound,
        @Valid @NotNull @DefaultValue RateLimits rateLimits,
        @Valid @NotNull @DefaultValue Webhook webhook) {

    /**
     * @param enabled run the inbound worker and the dispatcher on a schedule (default true;
     *        tests turn it off and drive them by hand)
     * @param pollInterval the pause between two polls of each worker (default 200ms: a reply waits at most this long to be picked up)
     * @param inboundThreads inbound drain loops one instance runs at once (default 2; each
     *        takes a database connection while it works)
     */
    public record Workers(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("200ms") Duration pollInterval,
            @Min(1) @Max(32) @DefaultValue("2") int inboundThreads) {
    }

    /**
     * @param batchSize messages one poll processes at most (default 500: the claim's fixed
     *        cost and the commit are shared by more messages; measured in docs/BENCHMARKS.md)
     * @param maxAttempts failed attempts before a message is parked for an administrator (default 5)
     * @param retryBase the first retry delay, doubled per attempt (default 10s)
     * @param retryMax the longest retry delay (default 1h)
     * @param joinReplyInterval an unknown sender gets at most one "how to join" reply per
     *        this interval (default 24h)
     */
    public record Inbound(
            @Min(1) @Max(1000) @DefaultValue("500") int batchSize,
            @Min(1) @DefaultValue("5") int maxAttempts,
            @NotNull @DefaultValue("10s") Duration retryBase,
            @NotNull @DefaultValue("1h") Duration retryMax,
            @NotNull @DefaultValue("24h") Duration joinReplyInterval) {
    }

    /**
     * @param batchSize messages one dispatcher poll claims at most (default 50)
     * @param maxAttempts send attempts before a message is marked failed (default 8)
     * @param retryBase the first retry delay, doubled per attempt, plus up to 20% jitter (default 5s)
     * @param retryMax the longest retry delay (default 30m)
     * @param lease how long a claimed message may stay SENDING before another instance
     *        re-queues it, assuming the sender crashed (default 2m)
     * @param sendThreads provider calls one instance makes at once (default 8): a batch's
     *        recipients are sent to in parallel, each recipient's messages one after another
     */
    public record Outbound(
            @Min(1) @Max(1000) @DefaultValue("50") int batchSize,
            @Min(1) @DefaultValue("8") int maxAttempts,
            @NotNull @DefaultValue("5s") Duration retryBase,
            @NotNull @DefaultValue("30m") Duration retryMax,
            @NotNull @DefaultValue("2m") Duration lease,
            @Min(1) @Max(64) @DefaultValue("8") int sendThreads) {
    }

    /**
     * Cluster-wide send limits, per one-second window.
     *
     * @param telegramPerSecond messages per second for the bot (default 30, Telegram's limit)
     * @param telegramPerChatPerSecond messages per second to one chat (default 1)
     * @param smsSegmentsPerSecond SMS segments per second for our sender (default 1, a US
     *        long code; 3 for toll-free, 100 for a short code)
     * @param windowEdge a send that starts this close to the end of a window may reach the
     *        provider in the next one, so it takes slots in both (default 100ms)
     */
    public record RateLimits(
            @Min(1) @DefaultValue("30") int telegramPerSecond,
            @Min(1) @DefaultValue("1") int telegramPerChatPerSecond,
            @Min(1) @DefaultValue("1") int smsSegmentsPerSecond,
            @NotNull @DefaultValue("100ms") Duration windowEdge) {
    }

    /**
     * @param maxBodyBytes a webhook body larger than this is refused with 413 (default 64 KiB)
     * @param concurrencyWhenBehind while the inbound workers are behind, at most this many
     *        webhook requests are handled at once, the others wait their turn (default 4)
     */
    public record Webhook(@Min(1024) @DefaultValue("65536") int maxBodyBytes,
            @Min(1) @DefaultValue("4") int concurrencyWhenBehind) {
    }
}
