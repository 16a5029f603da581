package org.peerpartners.companion.bot.inbound;

import java.time.Duration;
import java.util.Optional;

import org.peerpartners.companion.bot.MessagingProperties;
import org.peerpartners.companion.messaging.AddressMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Processes stored inbound messages, one per transaction: claim (row lock), run the
 * pipeline, mark processed, commit. A failure rolls back only the pipeline's writes (to a
 * savepoint) and records the attempt while the row is still locked, so no other worker
 * can pick it up in between. Safe to run on several instances at once.
 */
@Component
public class InboundWorker {

    private static final Logger log = LoggerFactory.getLogger(InboundWorker.class);

    private final InboundLog inbound;
    private final InboundPipeline pipeline;
    private final TransactionTemplate transaction;
    private final MessagingProperties.Inbound settings;
    private final Counter processed;
    private final Counter failed;
    private final Counter parked;

    InboundWorker(InboundLog inbound, InboundPipeline pipeline, PlatformTransactionManager transactions,
            MessagingProperties properties, MeterRegistry meters) {
        this.inbound = inbound;
        this.pipeline = pipeline;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = properties.inbound();
        this.processed = meters.counter("companion.inbound.processed");
        this.failed = meters.counter("companion.inbound.failed");
        this.parked = meters.counter("companion.inbound.parkings");
    }

    /** Processes due messages until none is left or a batch is done; returns how many were tried. */
    public int drain() {
        int tried = 0;
        while (tried < settings.batchSize() && processNext()) {
            tried++;
        }
        return tried;
    }

    /** Processes the next due message, if any; returns false when there was none. */
    public boolean processNext() {
        Boolean found = transaction.execute(status -> {
            Optional<InboundMessage> claimed = inbound.claimNext();
            if (claimed.isEmpty()) {
                return false;
            }
            InboundMessage message = claimed.get();
            Object savepoint = status.createSavepoint();
            try {
                pipeline.process(message);
                inbound.markProcessed(message.id());
                processed.increment();
            } catch (RuntimeException e) {
                status.rollbackToSavepoint(savepoint);
                boolean nowParked = inbound.markFailed(message, e, settings.maxAttempts(), backoff(message.attempts()));
                failed.increment();
                if (nowParked) {
                    parked.increment();
                    log.error("Inbound {} from {} {} parked after {} attempts", message.id(), message.channel(),
                            AddressMask.mask(message.senderAddress()), message.attempts() + 1, e);
                } else {
                    log.warn("Inbound {} from {} {} failed (attempt {}); will retry", message.id(),
                            message.channel(), AddressMask.mask(message.senderAddress()), message.attempts() + 1, e);
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(found);
    }

    /** Delay before the next attempt: the base, doubled per earlier attempt, capped. */
    Duration backoff(int earlierAttempts) {
        Duration delay = settings.retryBase().multipliedBy(1L << Math.min(earlierAttempts, 20));
        return delay.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : delay;
    }
}
