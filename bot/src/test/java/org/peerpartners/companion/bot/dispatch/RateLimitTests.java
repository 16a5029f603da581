package org.peerpartners.companion.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.bot.TestTelegramChannel;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;

class RateLimitTests extends PipelineTestSupport {

    @Autowired
    RateLimiter limiter;
    @Autowired
    Outbox outbox;

    @Test
    void neverGrantsMoreThanTheLimitInOneSecondEvenToConcurrentCallers() throws Exception {
        var permit = List.of(new RateLimiter.Permit("telegram:bot", 1, 30));
        Callable<Integer> grab = () -> {
            int granted = 0;
            for (int i = 0; i < 20; i++) {
                if (limiter.tryAcquire(permit)) {
                    granted++;
                }
            }
            return granted;
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int granted = 0;
        try {
            for (Future<Integer> result : pool.invokeAll(List.of(grab, grab, grab, grab))) {
                granted += result.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(granted).isEqualTo(30);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(permit)).isTrue();
    }

    @Test
    void takesAllPermitsOrNone() {
        var chat = new RateLimiter.Permit("telegram:chat:1001", 1, 1);
        var bot = new RateLimiter.Permit("telegram:bot", 1, 30);

        assertThat(limiter.tryAcquire(List.of(chat, bot))).isTrue();
        assertThat(limiter.tryAcquire(List.of(chat, bot))).isFalse();

        long window = clock.instant().getEpochSecond();
        assertThat(limiter.used("telegram:bot", window)).isEqualTo(1);
    }

    @Test
    void countsSmsSegmentsAgainstTheLimit() {
        var twoSegments = new RateLimiter.Permit("sms:sender", 2, 3);

        assertThat(limiter.tryAcquire(List.of(twoSegments))).isTrue();
        assertThat(limiter.tryAcquire(List.of(twoSegments))).isFalse();
        assertThat(limiter.tryAcquire(List.of(new RateLimiter.Permit("sms:sender", 1, 3)))).isTrue();
    }

    @Test
    void dispatcherSendsAtMostThirtyTelegramMessagesInAnySecondAndOnePerChat() {
        for (int i = 0; i < 70; i++) {
            outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, "chat-" + (i % 35), "REPLY", "m" + i, Priority.REPLY,
                    "m" + i));
        }
        int seconds = 0;
        while (telegram.sent().size() < 70 && seconds < 10) {
            while (dispatcher.dispatchOnce() > 0) {
                // drain what this second allows
            }
            clock.advance(Duration.ofSeconds(1));
            seconds++;
        }

        List<TestTelegramChannel.Attempt> sent = telegram.sent();
        assertThat(sent).hasSize(70);
        Map<Instant, Long> perSecond = sent.stream()
                .collect(Collectors.groupingBy(TestTelegramChannel.Attempt::at, Collectors.counting()));
        assertThat(perSecond.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(30));
        Map<String, List<Instant>> perChat = sent.stream().collect(Collectors.groupingBy(
                TestTelegramChannel.Attempt::address,
                Collectors.mapping(TestTelegramChannel.Attempt::at, Collectors.toList())));
        perChat.values().forEach(times -> assertThat(times).doesNotHaveDuplicates());
        assertThat(new ArrayList<>(perSecond.keySet())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aBacklogBeyondTheWindowIsNotClaimedAgainAndAgainNorHoldsBackAnotherChannel() {
        for (int i = 0; i < 200; i++) {
            outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, "chat-" + i, "REMINDER", "m" + i, Priority.BULK,
                    "burst:" + i));
        }
        outbox.enqueue(OutboxEntry.text(Channel.SANDBOX, "sandbox-1", "REPLY", "hello", Priority.BULK, "after"));

        dispatcher.drain();

        assertThat(telegram.sent()).hasSize(30);
        assertThat(jdbc.sql("SELECT status FROM outbound_message WHERE dedup_key = 'after'").query(String.class)
                .single()).isEqualTo("SENT");
        // the first batch used up the window, the second found it full; the other 100 were never claimed
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'QUEUED' AND next_attempt_at <= :now")
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Integer.class).single()).isEqualTo(100);
    }

    @Test
    void purgesWindowsThatAreOver() {
        limiter.tryAcquire(List.of(new RateLimiter.Permit("telegram:bot", 1, 30)));
        clock.advance(Duration.ofMinutes(2));

        assertThat(limiter.purge()).isEqualTo(1);
    }
}
