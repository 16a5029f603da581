package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Webhooks take turns only while the workers are behind, and then no more than the configured number at once. */
@Timeout(30)
class IntakeGateTests {

    @Test
    void withoutABacklogNoWebhookWaits() {
        IntakeGate gate = new IntakeGate(() -> false, 1);

        List<IntakeGate.Turn> turns = List.of(gate.enter(), gate.enter(), gate.enter());

        assertThat(turns).hasSize(3);
        turns.forEach(IntakeGate.Turn::end);
    }

    @Test
    void whileTheWorkersAreBehindTheNextWebhookWaitsForATurnAndGetsOneWhenAnotherEnds() throws Exception {
        IntakeGate gate = new IntakeGate(() -> true, 2);
        IntakeGate.Turn first = gate.enter();
        IntakeGate.Turn second = gate.enter();

        CompletableFuture<IntakeGate.Turn> third = CompletableFuture.supplyAsync(gate::enter);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !third.isDone());

        first.end();
        third.get(5, TimeUnit.SECONDS).end();
        second.end();
    }

    @Test
    void turnsTakenWhileBehindAreGivenBackWhenTheBacklogIsGone() throws Exception {
        AtomicBoolean behind = new AtomicBoolean(true);
        IntakeGate gate = new IntakeGate(behind::get, 1);
        IntakeGate.Turn held = gate.enter();
        behind.set(false);

        CompletableFuture.supplyAsync(gate::enter).get(5, TimeUnit.SECONDS).end();
        held.end();
        behind.set(true);
        CompletableFuture.supplyAsync(gate::enter).get(5, TimeUnit.SECONDS).end();
    }
}
