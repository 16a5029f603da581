package org.peerpartners.companion.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.bot.TestTelegramChannel;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "companion.messaging.rate-limits.telegram-per-second=100000")
class TwoDispatchersTests extends PipelineTestSupport {

    @Autowired
    Outbox outbox;

    @Test
    void twoDispatchersSendTwoThousandQueuedMessagesExactlyOnce() throws Exception {
        for (int i = 0; i < 2000; i++) {
            outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, "chat-" + i, "REPLY", "message " + i, Priority.BULK,
                    "bulk:" + i));
        }
        Callable<Integer> drain = () -> {
            int claimed = 0;
            int batch;
            while ((batch = dispatcher.dispatchOnce()) > 0) {
                claimed += batch;
            }
            return claimed;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var results = pool.invokeAll(List.of(drain, drain));
            assertThat(results.get(0).get() + results.get(1).get()).isEqualTo(2000);
        } finally {
            pool.shutdown();
        }

        assertThat(telegram.sent()).hasSize(2000)
                .extracting(TestTelegramChannel.Attempt::outboundId).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'SENT'").query(Integer.class).single())
                .isEqualTo(2000);
    }
}
