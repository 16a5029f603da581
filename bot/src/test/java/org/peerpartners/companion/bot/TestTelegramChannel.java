package org.peerpartners.companion.bot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.stereotype.Component;

/**
 * A Telegram stand-in for the generic webhook and the dispatcher: a body
 * {@code updateId|chatId|text} with the right secret header is accepted, {@code ignore} is
 * ignored, anything else is malformed. Sends succeed unless a result is scripted for the
 * chat; every attempt is recorded with the clock's time.
 */
@Component
public class TestTelegramChannel implements ChannelAdapter {

    public static final String SECRET = "s3cret-for-tests";

    /** One call to {@link #send}. */
    public record Attempt(long outboundId, String address, String text, Instant at, SendResult result) {
    }

    private final Clock clock;
    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final Map<String, Deque<SendResult>> scripted = new ConcurrentHashMap<>();

    TestTelegramChannel(Clock clock) {
        this.clock = clock;
    }

    public void reset() {
        attempts.clear();
        scripted.clear();
    }

    /** The next sends to this chat return these results, in order; later ones succeed. */
    public void script(String chat, SendResult... results) {
        scripted.computeIfAbsent(chat, c -> new ArrayDeque<>()).addAll(List.of(results));
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public List<Attempt> sent() {
        return attempts.stream().filter(a -> a.result() instanceof SendResult.Sent).toList();
    }

    public List<Attempt> sentTo(String chat) {
        return sent().stream().filter(a -> a.address().equals(chat)).toList();
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public InboundResult receive(InboundRequest request) {
        byte[] secret = request.header("X-Telegram-Bot-Api-Secret-Token").orElse("").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(secret, SECRET.getBytes(StandardCharsets.UTF_8))) {
            return new InboundResult.Rejected(InboundResult.Reason.UNAUTHENTIC, "wrong secret token");
        }
        String body = new String(request.body(), StandardCharsets.UTF_8);
        if (body.equals("ignore")) {
            return new InboundResult.Ignored("nothing for us");
        }
        String[] parts = body.split("\\|", 3);
        if (parts.length != 3) {
            return new InboundResult.Rejected(InboundResult.Reason.MALFORMED, "expected updateId|chatId|text");
        }
        return new InboundResult.Accepted(List.of(
                new IncomingMessage(Channel.TELEGRAM, parts[0], parts[1], parts[2], List.of(), null, clock.instant())));
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        Deque<SendResult> queue = scripted.get(message.address());
        SendResult result = queue == null || queue.isEmpty()
                ? new SendResult.Sent("tg-" + message.outboundId(), 1)
                : queue.poll();
        attempts.add(new Attempt(message.outboundId(), message.address(), message.text(), clock.instant(), result));
        return result;
    }
}
