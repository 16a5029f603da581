package org.peerpartners.companion.bot.channel.telegram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.InboundSink;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling: every fetched update goes through the same mapping as the webhook and into
 * the {@link InboundSink}, synchronously on the library's poll thread.
 * <p>
 * Acknowledging only what is stored takes care here. Telegram forgets an update when the
 * next {@code getUpdates} asks for a higher offset. The library's {@link BotSession} raises
 * its offset to the batch's highest update_id <em>before</em> it calls the consumer, and
 * filters out anything at or below it; an exception thrown by the consumer does not bring
 * the update back: it escapes the session's {@code scheduleAtFixedRate} task and ends
 * polling for good. So when storing fails this consumer returns normally after lowering
 * the session's offset to just below the batch: the next {@code getUpdates} fetches the
 * same updates again (the sink drops the ones already stored). Because the consumer is
 * synchronous, a crash while storing leaves the offset unsent, and Telegram keeps the
 * updates for the next start.
 */
final class TelegramPolling implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

    private final TelegramChannel channel;
    private final InboundSink sink;
    private final CompletableFuture<BotSession> session = new CompletableFuture<>();

    TelegramPolling(TelegramChannel channel, InboundSink sink) {
        this.channel = channel;
        this.sink = sink;
    }

    /** Registers with the application, which starts polling at once (it deletes any webhook first). */
    void start(TelegramBotsLongPollingApplication application, String botToken, TelegramUrl url)
            throws TelegramApiException {
        try {
            session.complete(application.registerBot(botToken, () -> url, new DefaultGetUpdatesGenerator(), this));
        } catch (TelegramApiException | RuntimeException e) {
            session.completeExceptionally(e);
            throw e;
        }
    }

    @Override
    public void consume(List<Update> updates) {
        List<Update> ordered = updates.stream().sorted(Comparator.comparing(Update::getUpdateId)).toList();
        List<IncomingMessage> accepted = new ArrayList<>();
        for (Update update : ordered) {
            InboundResult result = read(update);
            if (result instanceof InboundResult.Accepted messages) {
                accepted.addAll(messages.messages());
            } else if (result instanceof InboundResult.Ignored ignored) {
                log.debug("Telegram update {} ignored: {}", update.getUpdateId(), ignored.reason());
            } else if (result instanceof InboundResult.Rejected rejected) {
                log.warn("Telegram update {} rejected: {}", update.getUpdateId(), rejected.detail());
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        try {
            sink.store(accepted);
        } catch (RuntimeException e) {
            int first = ordered.get(0).getUpdateId();
            session.join().getLastReceivedUpdate().set(first - 1);
            log.warn("Could not store {} Telegram messages; updates from {} will be fetched again",
                    accepted.size(), first, e);
        }
    }

    /** Nothing to release: the sink and the channel belong to the application context. */
    @Override
    public void close() {
    }

    /** A mapping fault is permanent for that update: skip it rather than fetch it forever. */
    private InboundResult read(Update update) {
        try {
            return channel.read(update);
        } catch (RuntimeException e) {
            log.error("Telegram update {} could not be read; skipped", update.getUpdateId(), e);
            return new InboundResult.Ignored("unreadable update");
        }
    }
}
