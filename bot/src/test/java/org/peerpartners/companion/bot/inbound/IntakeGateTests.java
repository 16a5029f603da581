package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** Webhooks take turns only while the workers are behind, and then no more than the configured number at once. */
class IntakeGateTests {

    @Test
    void withoutABacklogNoWebhookWaits() {
        IntakeGate gate = new IntakeGate(() -> false, 1);

        try (IntakeGate.Turn first = gate.enter(); IntakeGate.Turn second = gate.enter();
                IntakeGate.Turn third = gate.enter()) {
            assertThat(first).isNotNull();
        }
    }

    @Test
    void whileTheWorkersAreBehindTheNextWebhookWaitsForATurnAndGetsOneWhenAnotherEnds() throws Exception {
        IntakeGate gate = new IntakeGate(() -> true, 2);
        IntakeGate.Turn first = gate.enter();
        IntakeGate.Turn second = gate.enter();

        CompletableFuture<IntakeGate.Turn> third = CompletableFuture.supplyAsync(gate::enter);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !third.isDone());

        first.close();
        third.get(5, TimeUnit.SECONDS).close();
        second.close();
    }

    @Test
    void turnsTakenWhileBehindAreGivenBackWhenTheBacklogIsGone() throws Exception {
        AtomicBoolean behind = new AtomicBoolean(true);
        IntakeGate gate = new IntakeGate(behind::get, 1);
        IntakeGate.Turn held = gate.enter();
        behind.set(false);

        try (IntakeGate.Turn unhindered = gate.enter()) {
            assertThat(unhindered).isNotNull();
        }
        held.close();
        behind.set(true);
        CompletableFuture.supplyAsync(gate::enter).get(5, TimeUnit.SECONDS).close();
    }
}
