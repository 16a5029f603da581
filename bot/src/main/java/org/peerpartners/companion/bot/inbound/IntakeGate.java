package org.peerpartners.companion.bot.inbound;

import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

import org.peerpartners.companion.bot.MessagingProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Backpressure for the webhooks. While this instance's inbound workers are behind (their
 * last claim came back full), at most {@code webhook.concurrency-when-behind} webhook
 * requests are handled at once; the others wait their turn, in order, and are not refused.
 * <p>
 * Every thread that accepts messages takes CPU from the threads that answer them: measured
 * on two cores, 16 webhook threads at once left the workers so little that the backlog grew
 * by 2,000 messages a second while the load lasted, and a person's reply waited minutes.
 * Waiting here costs a webhook a few milliseconds and lets the workers keep pace, so the
 * wait for an answer stays short. Without a backlog nothing waits.
 */
@Component
class IntakeGate {

    private final BooleanSupplier behind;
    private final Semaphore turns;

    @Autowired
    IntakeGate(InboundWorker worker, MessagingProperties properties) {
        this(worker::behind, properties.webhook().concurrencyWhenBehind());
    }

    IntakeGate(BooleanSupplier behind, int concurrencyWhenBehind) {
        this.behind = behind;
        this.turns = new Semaphore(concurrencyWhenBehind, true);
    }

    /** A turn to handle one webhook; end it when done. Waits only while the workers are behind. */
    Turn enter() {
        if (!behind.getAsBoolean()) {
            return () -> { };
        }
        turns.acquireUninterruptibly();
        return turns::release;
    }

    /** A turn, given back when it ends. */
    interface Turn {
        void end();
    }
}
