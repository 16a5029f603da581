package org.peerpartners.companion.bot;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import org.peerpartners.companion.bot.inbound.InboundMessage;
import org.peerpartners.companion.bot.inbound.MessageHandler;
import org.peerpartners.companion.bot.inbound.Sender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Stands in for the conversation engine: records what reaches it, takes nothing (so the
 * pipeline's fallbacks apply), and throws for the messages a test says should fail. It takes
 * the real engine's place in every test context except those that set
 * {@code companion.test.recording-handler=false} (the conversation runtime's tests).
 */
@Component
@Primary
@ConditionalOnProperty(name = "companion.test.recording-handler", havingValue = "true", matchIfMissing = true)
public class RecordingHandler implements MessageHandler {

    private final Queue<InboundMessage> handled = new ConcurrentLinkedQueue<>();
    private volatile Predicate<InboundMessage> failing = message -> false;

    public void reset() {
        handled.clear();
        failing = message -> false;
    }

    public void failWhen(Predicate<InboundMessage> predicate) {
        failing = predicate;
    }

    public List<InboundMessage> handled() {
        return List.copyOf(handled);
    }

    @Override
    public boolean handle(InboundMessage message, Sender sender) {
        if (failing.test(message)) {
            throw new IllegalStateException("the engine broke on message " + message.id());
        }
        handled.add(message);
        return false;
    }
}
