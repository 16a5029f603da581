package org.peerpartners.companion.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.peerpartners.companion.bot.dispatch.Dispatcher;
import org.peerpartners.companion.bot.inbound.InboundWorker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the inbound worker and the dispatcher with a fixed delay between polls. Off with
 * {@code companion.messaging.workers.enabled=false} (tests drive the workers by hand).
 *
 * <p>Inbound work runs in {@code workers.inbound-threads} drain loops at once (claiming
 * with {@code SKIP LOCKED} keeps them apart and each sender's order). The dispatcher runs
 * one loop per instance, which keeps a recipient's messages in order; it sends a batch in
 * parallel itself ({@code outbound.send-threads}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "companion.messaging.workers.enabled", matchIfMissing = true)
class MessagingWorkers implements DisposableBean {

    private final InboundWorker inbound;
    private final Dispatcher dispatcher;
    private final int inboundThreads;
    private final ExecutorService extraInboundLoops;

    MessagingWorkers(InboundWorker inbound, Dispatcher dispatcher, MessagingProperties properties) {
        this.inbound = inbound;
        this.dispatcher = dispatcher;
        this.inboundThreads = properties.workers().inboundThreads();
        AtomicInteger threads = new AtomicInteger();
        // the scheduler's thread runs one loop; the others run here
        this.extraInboundLoops = inboundThreads == 1 ? null : Executors.newFixedThreadPool(inboundThreads - 1, task -> {
            Thread thread = new Thread(task, "inbound-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelayString = "${companion.messaging.workers.poll-interval:1s}")
    void processInbound() {
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int i = 1; i < inboundThreads; i++) {
            others.add(CompletableFuture.runAsync(this::drainInbound, extraInboundLoops));
        }
        try {
            drainInbound();
        } finally {
            // the fixed delay starts once every loop has found the log empty
            CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
        }
    }

    private void drainInbound() {
        while (inbound.drain() > 0) {
            // keep going while there is work; the fixed delay applies once the log is empty
        }
    }

    @Scheduled(fixedDelayString = "${companion.messaging.workers.poll-interval:1s}")
    void dispatch() {
        dispatcher.recoverExpiredLeases();
        dispatcher.drain();
    }

    @Scheduled(fixedDelayString = "1m")
    void purgeRateLimits() {
        dispatcher.purgeRateLimits();
    }

    @Override
    public void destroy() {
        if (extraInboundLoops != null) {
            extraInboundLoops.shutdown();
        }
    }
}
