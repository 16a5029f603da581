package org.peerpartners.companion.bot.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.peerpartners.companion.bot.MessagingProperties;
import org.peerpartners.companion.messaging.AddressMask;
import org.peerpartners.companion.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Processes stored inbound messages in batches: claim up to a batch (row locks, at most
 * one message per sender), read what the pipeline needs about its senders
 * ({@link SenderFacts}), run the pipeline on each, queue the batch's join replies in one
 * statement, mark them processed, commit once, so a batch costs one commit (one WAL flush)
 * and a handful of statements instead of several of each per message. If any message of a
 * batch fails, the whole batch rolls back (nothing of it happened) and its messages are
 * processed again one per transaction: there a failure rolls back only that message's
 * writes (to a savepoint) and records the attempt while the row is still locked, so no
 * other worker can pick it up in between. Safe to run in several threads and on several
 * instances at once.
 */
@Component
public class InboundWorker {

    private static final Logger log = LoggerFactory.getLogger(InboundWorker.class);

    private final InboundLog inbound;
    private final InboundPipeline pipeline;
    private final SenderFacts senderFacts;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final MessagingProperties.Inbound settings;
    private final Counter processed;
    private final Counter failed;
    private final Counter parked;
    private final AtomicBoolean behind = new AtomicBoolean();

    InboundWorker(InboundLog inbound, InboundPipeline pipeline, SenderFacts senderFacts, Outbox outbox,
            PlatformTransactionManager transactions, MessagingProperties properties, MeterRegistry meters) {
        this.inbound = inbound;
        this.pipeline = pipeline;
        this.senderFacts = senderFacts;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = properties.inbound();
        this.processed = meters.counter("companion.inbound.processed");
        this.failed = meters.counter("companion.inbound.failed");
        this.parked = meters.counter("companion.inbound.parkings");
    }

    /**
     * Processes due messages until none is left or {@code batch-size} were tried; returns
     * how many were tried. A sender's next message waits for the commit of the one before,
     * so a chatty sender takes several (smaller) batches.
     */
    public int drain() {
        int tried = 0;
        int claimed;
        while (tried < settings.batchSize() && (claimed = processBatch(settings.batchSize() - tried)) > 0) {
            tried += claimed;
        }
        behind.set(tried >= settings.batchSize());
        return tried;
    }

    /** Whether the last drain of this instance found a full batch waiting: a backlog is building. */
    boolean behind() {
        return behind.get();
    }

    /** Claims and processes up to {@code limit} messages; returns how many were claimed. */
    private int processBatch(int limit) {
        List<InboundMessage> claimed = new ArrayList<>();
        try {
            transaction.executeWithoutResult(status -> {
                claimed.addAll(inbound.claimBatch(limit));
                if (claimed.size() == 1) {
                    processOne(status, claimed.get(0));
                    return;
                }
                SenderFacts.Facts facts = senderFacts.fetch(claimed);
                List<Long> done = new ArrayList<>(claimed.size());
                for (InboundMessage message : claimed) {
                    pipeline.process(message, facts);
                    done.add(message.id());
                }
                outbox.enqueueAll(facts.queued());
                inbound.markProcessed(done);
                processed.increment(done.size());
            });
        } catch (RuntimeException e) {
            if (claimed.size() < 2) {
                throw e;
            }
            log.debug("A batch of {} inbound messages failed; processing them one by one", claimed.size(), e);
            for (InboundMessage message : claimed) {
                transaction.executeWithoutResult(status ->
                        inbound.claim(message.id()).ifPresent(again -> processOne(status, again)));
            }
        }
        return claimed.size();
    }

    /** Processes one claimed message; a failure rolls back its writes and is recorded instead. */
    private void processOne(TransactionStatus status, InboundMessage message) {
        Object savepoint = status.createSavepoint();
        try {
            pipeline.process(message);
            inbound.markProcessed(List.of(message.id()));
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
    }

    /** Delay before the next attempt: the base, doubled per earlier attempt, capped. */
    Duration backoff(int earlierAttempts) {
        Duration delay = settings.retryBase().multipliedBy(1L << Math.min(earlierAttempts, 20));
        return delay.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : delay;
    }
}
