package org.peerpartners.companion.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.bot.TestClock;
import org.peerpartners.companion.bot.TestTelegramChannel;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The dispatcher sends a batch in parallel, one task per recipient: a person's messages keep their order. */
@TestPropertySource(properties = {
        "companion.messaging.rate-limits.telegram-per-second=100000",
        "companion.messaging.rate-limits.telegram-per-chat-per-second=1000",
        "companion.messaging.outbound.send-threads=4" })
class ParallelSendTests extends PipelineTestSupport {

    @Autowired
    Outbox outbox;
    @Autowired
    RateLimiter limiter;

    @Test
    void sendsEachRecipientsMessagesInTheOrderTheyWereQueuedWhileSendingRecipientsInParallel() {
        for (int i = 0; i < 40; i++) {
            outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, "chat-" + (i % 8), "REPLY", String.valueOf(i),
                    Priority.REPLY, "order:" + i));
        }

        assertThat(dispatcher.dispatchOnce()).isEqualTo(40);

        Map<String, List<Integer>> perChat = new LinkedHashMap<>();
        for (TestTelegramChannel.Attempt attempt : telegram.sent()) {
            perChat.computeIfAbsent(attempt.address(), chat -> new ArrayList<>()).add(Integer.valueOf(attempt.text()));
        }
        assertThat(perChat).hasSize(8);
        perChat.values().forEach(texts -> assertThat(texts).hasSize(5).isSorted());
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'SENT'").query(Integer.class).single())
                .isEqualTo(40);
    }

    @Test
    void aRecipientWithoutSlotsWaitsForTheNextWindowWhileTheOthersAreSent() {
        for (int i = 0; i < 6; i++) {
            outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, "chat-" + (i % 2), "REPLY", String.valueOf(i),
                    Priority.REPLY, "held:" + i));
        }
        long window = limiter.currentWindow();
        limiter.tryAcquire(List.of(new RateLimiter.Permit("telegram:chat:chat-1", 1000, 1000)));

        dispatcher.dispatchOnce();

        assertThat(telegram.sent()).extracting(TestTelegramChannel.Attempt::text).containsExactly("0", "2", "4");
        assertThat(limiter.used("telegram:chat:chat-0", window)).isEqualTo(3);
        assertThat(limiter.used("telegram:bot", window)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'QUEUED' AND next_attempt_at = :next")
                .param("next", java.sql.Timestamp.from(limiter.nextWindow())).query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void aSendInTheLastMomentOfAWindowAlsoTakesItsSlotsInTheNextOneWhereTheProviderMayCountIt() {
        clock.set(TestClock.START.plusMillis(950));
        long window = limiter.currentWindow();
        for (int i = 0; i < 2; i++) {
            outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, "chat-" + i, "REPLY", String.valueOf(i),
                    Priority.REPLY, "edge:" + i));
        }
        // the next window has room for one more message of the bot's (at 100000 a second)
        limiter.tryAcquireIn(List.of(window + 1), List.of(new RateLimiter.Permit("telegram:bot", 99_999, 100_000)));

        dispatcher.dispatchOnce();

        assertThat(telegram.sent()).hasSize(1);
        assertThat(limiter.used("telegram:bot", window)).isEqualTo(2);
        assertThat(limiter.used("telegram:bot", window + 1)).isEqualTo(100_000);
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'QUEUED'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aSendEarlierInTheWindowTakesNoSlotsInTheNextOne() {
        clock.set(TestClock.START.plusMillis(850));
        long window = limiter.currentWindow();
        outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, "chat-0", "REPLY", "0", Priority.REPLY, "early"));

        dispatcher.dispatchOnce();

        assertThat(telegram.sent()).hasSize(1);
        assertThat(limiter.used("telegram:bot", window)).isEqualTo(1);
        assertThat(limiter.used("telegram:bot", window + 1)).isZero();
    }

    @Test
    void givesBackTheSlotsOfAMessageThatDidNotGetAllItsPermits() {
        var chat = new RateLimiter.Permit("telegram:chat:1001", 1, 1);
        var bot = new RateLimiter.Permit("telegram:bot", 1, 2);
        var otherChat = new RateLimiter.Permit("telegram:chat:1002", 1, 1);
        var thirdChat = new RateLimiter.Permit("telegram:chat:1003", 1, 1);
        long window = limiter.currentWindow();

        boolean[] granted = limiter.tryAcquireEach(window,
                List.of(List.of(chat, bot), List.of(otherChat, bot), List.of(thirdChat, bot)));

        assertThat(granted).containsExactly(true, true, false);
        assertThat(limiter.used("telegram:bot", window)).isEqualTo(2);
        assertThat(limiter.used("telegram:chat:1003", window)).isZero();
    }
}
