package org.peerpartners.companion.bot.channel.telegram;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.messaging.Channel;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Turns one Telegram {@link Update} into what the pipeline stores. Pure: no network, no
 * clock. Only private chats count: the bot is a one-to-one companion, and a group's
 * messages are other people's conversation.
 */
final class UpdateReader {

    /** What an update means, and the callback query to answer (or null). */
    record Reading(InboundResult result, String callbackQueryId) {
    }

    private UpdateReader() {
    }

    static Reading read(Update update, Instant receivedAt) {
        if (update.getUpdateId() == null) {
            return new Reading(new InboundResult.Rejected(InboundResult.Reason.MALFORMED, "no update_id"), null);
        }
        String providerId = String.valueOf(update.getUpdateId());
        if (update.hasMessage()) {
            return new Reading(message(providerId, update.getMessage(), receivedAt), null);
        }
        if (update.hasCallbackQuery()) {
            return callback(providerId, update.getCallbackQuery(), receivedAt);
        }
        if (update.hasEditedMessage()) {
            // an edit is not a new message: acting on it could log spending twice
            return ignored("edited message");
        }
        if (update.hasMyChatMember()) {
            // the person blocked or unblocked the bot; a blocked bot shows up as a 403 on the next send
            return ignored("my_chat_member update");
        }
        return ignored("update type not handled");
    }

    private static InboundResult message(String providerId, Message message, Instant receivedAt) {
        if (!isPrivate(message)) {
            return new InboundResult.Ignored("not a private chat");
        }
        if (message.getFrom() != null && Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            return new InboundResult.Ignored("message from a bot");
        }
        List<String> media = largestPhoto(message.getPhoto());
        String text = message.getText() != null ? message.getText() : message.getCaption();
        if ((text == null || text.isEmpty()) && media.isEmpty()) {
            return new InboundResult.Ignored("message without text or photo");
        }
        String replyTo = message.getReplyToMessage() == null || message.getReplyToMessage().getMessageId() == null
                ? null
                : String.valueOf(message.getReplyToMessage().getMessageId());
        return accepted(providerId, String.valueOf(message.getChatId()), text, media, replyTo, receivedAt);
    }

    private static Reading callback(String providerId, CallbackQuery query, Instant receivedAt) {
        MaybeInaccessibleMessage pressedUnder = query.getMessage();
        if (pressedUnder != null && pressedUnder.getChat() != null && !"private".equals(pressedUnder.getChat().getType())) {
            return ignored("button pressed in a group chat");
        }
        if (query.getData() == null || query.getFrom() == null) {
            // game buttons carry no data; nothing we sent has one
            return new Reading(new InboundResult.Ignored("callback query without data"), query.getId());
        }
        // in a private chat the chat id is the user's id
        String sender = pressedUnder != null && pressedUnder.getChatId() != null
                ? String.valueOf(pressedUnder.getChatId())
                : String.valueOf(query.getFrom().getId());
        String replyTo = pressedUnder == null || pressedUnder.getMessageId() == null
                ? null
                : String.valueOf(pressedUnder.getMessageId());
        InboundResult result = accepted(providerId, sender, query.getData(), List.of(), replyTo, receivedAt);
        return new Reading(result, query.getId());
    }

    private static boolean isPrivate(Message message) {
        return message.getChat() != null && "private".equals(message.getChat().getType());
    }

    /** Telegram sends one photo in several sizes, smallest first; the largest is the one to keep. */
    private static List<String> largestPhoto(List<PhotoSize> sizes) {
        if (sizes == null || sizes.isEmpty()) {
            return List.of();
        }
        return sizes.stream()
                .max(Comparator.comparingLong(UpdateReader::area))
                .map(PhotoSize::getFileId)
                .stream()
                .toList();
    }

    private static long area(PhotoSize size) {
        long width = size.getWidth() == null ? 0 : size.getWidth();
        long height = size.getHeight() == null ? 0 : size.getHeight();
        return width * height;
    }

    private static InboundResult accepted(String providerId, String sender, String text, List<String> media,
            String replyTo, Instant receivedAt) {
        return new InboundResult.Accepted(List.of(
                new IncomingMessage(Channel.TELEGRAM, providerId, sender, text, media, replyTo, receivedAt)));
    }

    private static Reading ignored(String reason) {
        return new Reading(new InboundResult.Ignored(reason), null);
    }
}
