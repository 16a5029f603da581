package org.peerpartners.companion.bot.channel.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.bot.channel.SendResult.SendFailure;
import org.peerpartners.companion.messaging.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Telegram Bot API as a {@link ChannelAdapter}.
 * <p>
 * Inbound: the webhook's secret token is checked in constant time before the body is read;
 * the body is parsed with Jackson 2, which the library's {@link Update} classes need
 * (Spring MVC itself runs on Jackson 3). A pressed inline-keyboard button is answered
 * ({@code answerCallbackQuery}) right here, so that the person's app stops its spinner at
 * once; a failed answer is only logged, the button press is still accepted.
 * <p>
 * Outbound: {@code sendMessage} with the buttons as an inline keyboard; every answer of
 * the Bot API maps to a {@link SendResult}.
 */
public final class TelegramChannel implements ChannelAdapter {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** Telegram rejects callback_data longer than 64 bytes. */
    private static final int MAX_BUTTON_DATA_BYTES = 64;

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] webhookSecret;
    private final TelegramClient client;
    private final Clock clock;
    private final AtomicBoolean unauthorizedReported = new AtomicBoolean();

    /**
     * @param webhookSecret the secret the webhook must carry; null in polling mode, where
     *        every webhook request is refused
     */
    TelegramChannel(String webhookSecret, TelegramClient client, Clock clock) {
        this.webhookSecret = webhookSecret == null ? null : webhookSecret.getBytes(StandardCharsets.UTF_8);
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public InboundResult receive(InboundRequest request) {
        Optional<String> secret = request.header(SECRET_HEADER);
        if (webhookSecret == null) {
            return unauthentic("webhook is off: the bot runs in polling mode");
        }
        if (secret.isEmpty()) {
            return unauthentic("missing secret token");
        }
        if (!MessageDigest.isEqual(webhookSecret, secret.get().getBytes(StandardCharsets.UTF_8))) {
            return unauthentic("wrong secret token");
        }
        Update update;
        try {
            update = JSON.readValue(request.body(), Update.class);
        } catch (JacksonException e) {
            return new InboundResult.Rejected(InboundResult.Reason.MALFORMED, "not a Telegram update");
        } catch (IOException e) {
            return new InboundResult.Rejected(InboundResult.Reason.MALFORMED, "unreadable body");
        }
        if (update == null) {
            return new InboundResult.Rejected(InboundResult.Reason.MALFORMED, "empty body");
        }
        return read(update);
    }

    /** Maps an already trusted update (webhook after the secret check, or long polling). */
    InboundResult read(Update update) {
        UpdateReader.Reading reading = UpdateReader.read(update, clock.instant());
        if (reading.callbackQueryId() != null) {
            answerCallback(reading.callbackQueryId());
        }
        return reading.result();
    }

    private void answerCallback(String callbackQueryId) {
        try {
            client.execute(new AnswerCallbackQuery(callbackQueryId));
        } catch (TelegramApiException e) {
            // too late or a network fault: the app shows a spinner a little longer, nothing is lost
            log.warn("Could not answer a Telegram button press: {}", describe(e));
        }
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        Optional<String> tooLong = message.buttons().stream().flatMap(List::stream)
                .map(OutgoingMessage.Button::data)
                .filter(data -> data.getBytes(StandardCharsets.UTF_8).length > MAX_BUTTON_DATA_BYTES)
                .findFirst();
        if (tooLong.isPresent()) {
            return new SendResult.Failed(SendFailure.terminal("button data longer than 64 bytes"));
        }
        SendMessage request = SendMessage.builder()
                .chatId(message.address())
                .text(message.text())
                .replyMarkup(keyboard(message.buttons()))
                .build();
        try {
            Message sent = client.execute(request);
            return new SendResult.Sent(String.valueOf(sent.getMessageId()), 1);
        } catch (TelegramApiRequestException e) {
            return new SendResult.Failed(failure(e, message.outboundId()));
        } catch (TelegramApiException e) {
            // no answer at all: timeout, reset connection, DNS
            log.info("Telegram send of outbound {} failed without an answer: {}", message.outboundId(), describe(e));
            return new SendResult.Failed(SendFailure.retryable("no answer from Telegram: " + describe(e), null));
        }
    }

    private static InlineKeyboardMarkup keyboard(List<List<OutgoingMessage.Button>> buttons) {
        if (buttons.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = buttons.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(button -> InlineKeyboardButton.builder().text(button.label()).callbackData(button.data())
                                .build())
                        .toList()))
                .toList();
        return new InlineKeyboardMarkup(rows);
    }

    /** See https://core.telegram.org/bots/api#making-requests and #responseparameters. */
    private SendFailure failure(TelegramApiRequestException e, long outboundId) {
        Integer code = e.getErrorCode();
        String description = e.getApiResponse() == null ? "" : e.getApiResponse();
        String lower = description.toLowerCase(Locale.ROOT);
        if (code == null || code == 0) {
            // an answer that is not the Bot API's JSON: a proxy's error page, a cut-off body
            return SendFailure.retryable("unreadable answer from Telegram", null);
        }
        if (code == 429) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return SendFailure.retryable("429 " + description,
                    retryAfter == null ? null : Duration.ofSeconds(retryAfter));
        }
        if (code >= 500) {
            return SendFailure.retryable(code + " " + description, null);
        }
        if (code == 403 && (lower.contains("blocked by the user") || lower.contains("user is deactivated"))) {
            return SendFailure.recipientStopped(code + " " + description);
        }
        if (code == 401) {
            if (unauthorizedReported.compareAndSet(false, true)) {
                log.error("Telegram refuses the bot token (401 Unauthorized). Nothing can be sent on Telegram "
                        + "until COMPANION_TELEGRAM_BOT_TOKEN is fixed.");
            }
            return SendFailure.terminal("401 bot token refused");
        }
        log.info("Telegram refused outbound {}: {} {}", outboundId, code, description);
        return SendFailure.terminal(code + " " + description);
    }

    /** The exception's own words, never the cause's: an HTTP client's message may carry the URL, and the URL carries the token. */
    private static String describe(TelegramApiException e) {
        Throwable cause = e.getCause();
        return cause == null ? "error" : cause.getClass().getSimpleName();
    }

    private static InboundResult unauthentic(String detail) {
        return new InboundResult.Rejected(InboundResult.Reason.UNAUTHENTIC, detail);
    }
}
