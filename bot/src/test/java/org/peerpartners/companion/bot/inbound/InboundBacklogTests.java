package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.test.context.TestPropertySource;

/** The worker says it is behind while a drain finds a full batch waiting, which makes the webhooks take turns. */
@TestPropertySource(properties = "companion.messaging.inbound.batch-size=2")
class InboundBacklogTests extends PipelineTestSupport {

    @Test
    void isBehindWhileADrainFindsAFullBatchAndCatchesUpWhenLessIsWaiting() {
        assertThat(worker.behind()).isFalse();
        receive(Channel.SMS, "+15550000001", "one");
        receive(Channel.SMS, "+15550000002", "two");
        receive(Channel.SMS, "+15550000003", "three");

        assertThat(worker.drain()).isEqualTo(2);
        assertThat(worker.behind()).isTrue();

        assertThat(worker.drain()).isEqualTo(1);
        assertThat(worker.behind()).isFalse();
    }
}
