package org.peerpartners.companion.bot;

import org.peerpartners.companion.bot.dispatch.Dispatcher;
import org.peerpartners.companion.bot.inbound.InboundWorker;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the inbound worker and the dispatcher with a fixed delay between polls. Off with
 * {@code companion.messaging.workers.enabled=false} (tests drive the workers by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "companion.messaging.workers.enabled", matchIfMissing = true)
class MessagingWorkers {

    private final InboundWorker inbound;
    private final Dispatcher dispatcher;

    MessagingWorkers(InboundWorker inbound, Dispatcher dispatcher) {
        this.inbound = inbound;
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${companion.messaging.workers.poll-interval:1s}")
    void processInbound() {
        while (inbound.drain() > 0) {
            // keep going while there is work; the fixed delay applies once the log is empty
        }
    }

    @Scheduled(fixedDelayString = "${companion.messaging.workers.poll-interval:1s}")
    void dispatch() {
        dispatcher.recoverExpiredLeases();
        while (dispatcher.dispatchOnce() > 0) {
            // as above
        }
    }

    @Scheduled(fixedDelayString = "1m")
    void purgeRateLimits() {
        dispatcher.purgeRateLimits();
    }
}
