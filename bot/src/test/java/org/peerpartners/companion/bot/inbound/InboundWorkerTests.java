package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.beans.factory.annotation.Autowired;

class InboundWorkerTests extends PipelineTestSupport {

    @Autowired
    InboundLog inbound;

    @Test
    void holdsBackASendersLaterMessagesWhileAnEarlierOneWaitsForRetryButNotOtherSenders() {
        long anaFirst = receive(Channel.SMS, "+15550000001", "first");
        long anaSecond = receive(Channel.SMS, "+15550000001", "second");
        long ben = receive(Channel.SMS, "+15550000002", "hello");
        handler.failWhen(message -> message.id() == anaFirst);

        worker.drain();

        assertThat(rowStatus("inbound_message", anaFirst)).isEqualTo("FAILED");
        assertThat(rowStatus("inbound_message", anaSecond)).isEqualTo("RECEIVED");
        assertThat(rowStatus("inbound_message", ben)).isEqualTo("PROCESSED");
        assertThat(nextAttempt("inbound_message", anaFirst)).isEqualTo(clock.instant().plusSeconds(10));

        handler.reset();
        clock.advance(Duration.ofSeconds(10));
        worker.drain();

        assertThat(handler.handled()).extracting(InboundMessage::id).containsExactly(anaFirst, anaSecond);
    }

    @Test
    void parksAMessageAfterMaxAttemptsWithoutBlockingTheSenderAndReplaysIt() {
        long broken = receive(Channel.SMS, "+15550000001", "breaks the engine");
        handler.failWhen(message -> message.id() == broken);

        worker.drain();
        clock.advance(Duration.ofSeconds(10));
        worker.drain();
        clock.advance(Duration.ofSeconds(20));
        worker.drain();

        assertThat(rowStatus("inbound_message", broken)).isEqualTo("PARKED");
        assertThat(inbound.parked()).singleElement().satisfies(parked -> {
            assertThat(parked.attempts()).isEqualTo(3);
            assertThat(parked.lastError()).contains("the engine broke on message " + broken);
        });

        long later = receive(Channel.SMS, "+15550000001", "still here");
        clock.advance(Duration.ofHours(2));
        worker.drain();
        assertThat(rowStatus("inbound_message", later)).isEqualTo("PROCESSED");

        handler.reset();
        assertThat(inbound.replay(broken)).isTrue();
        assertThat(inbound.replay(later)).isFalse();
        worker.drain();

        assertThat(rowStatus("inbound_message", broken)).isEqualTo("PROCESSED");
        assertThat(inbound.parked()).isEmpty();
    }

    @Test
    void twoWorkersKeepEachSendersOrder() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(receive(Channel.SANDBOX, "sender-" + (i % 6), "message " + i));
        }
        Callable<Integer> drainAll = () -> {
            int total = 0;
            int round;
            while ((round = worker.drain()) > 0) {
                total += round;
            }
            return total;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(drainAll, drainAll));
            int processed = 0;
            for (Future<Integer> result : results) {
                processed += result.get();
            }
            assertThat(processed).isEqualTo(120);
        } finally {
            pool.shutdown();
        }

        Map<String, List<Long>> bySender = new HashMap<>();
        for (InboundMessage message : handler.handled()) {
            bySender.computeIfAbsent(message.senderAddress(), s -> new ArrayList<>()).add(message.id());
        }
        assertThat(bySender).hasSize(6);
        bySender.values().forEach(order -> assertThat(order).hasSize(20).isSorted());
    }
}
