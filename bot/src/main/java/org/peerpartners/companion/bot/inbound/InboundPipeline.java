package org.peerpartners.companion.bot.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.peerpartners.companion.bot.BotTexts;
import org.peerpartners.companion.bot.consent.ConsentKeyword;
import org.peerpartners.companion.bot.consent.ConsentReplies;
import org.peerpartners.companion.messaging.AddressMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What happens to one stored message: consent keywords first (CONVERSATION.md: STOP must
 * work whatever else is going on), then the conversation engine behind
 * {@link MessageHandler}, then the fallbacks (how to join for strangers, the help text).
 * Sending is not checked here: the dispatcher checks consent when it sends, so an
 * opted-out person's messages are still handled (a safety screen must still see them)
 * but nothing but the STOP confirmation reaches them.
 */
@Component
class InboundPipeline {

    private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

    /** Words that mark an unknown sender as Spanish-speaking, so the join reply is in Spanish. */
    private static final Pattern SPANISH_HINT =
            Pattern.compile("(?iu)\\b(hola|unirme|ayuda|alto|parar|inicio|gracias|buenos|buenas|qué|cómo)\\b|[¿¡ñáíóú]");

    private final SenderDirectory senders;
    private final ConsentReplies consent;
    private final JoinGuide joinGuide;
    private final ObjectProvider<MessageHandler> handler;

    InboundPipeline(SenderDirectory senders, ConsentReplies consent, JoinGuide joinGuide,
            ObjectProvider<MessageHandler> handler) {
        this.senders = senders;
        this.consent = consent;
        this.joinGuide = joinGuide;
        this.handler = handler;
    }

    void process(InboundMessage message) {
        process(message, null);
    }

    /**
     * @param facts what was read for the message's batch, which also collects the batch's join
     *        replies for the worker to queue in one go; or null to read and queue for this message alone
     */
    void process(InboundMessage message, SenderFacts.Facts facts) {
        Optional<ConsentKeyword.Match> keyword = ConsentKeyword.parse(message.text());
        Locale guessed = keyword.map(k -> k.spanish() ? BotTexts.SPANISH : BotTexts.ENGLISH)
                .orElse(SPANISH_HINT.matcher(message.text()).find() ? BotTexts.SPANISH : BotTexts.ENGLISH);
        Sender sender = facts != null ? facts.sender(message, guessed)
                : senders.find(message.channel(), message.senderAddress(), guessed);
        if (keyword.isPresent() && handleKeyword(message, sender, keyword.get())) {
            return;
        }
        if (handle(message, sender)) {
            return;
        }
        if (!sender.known()) {
            boolean optedOut = facts != null ? facts.optedOut(message)
                    : consent.isOptedOut(message.channel(), message.senderAddress());
            if (!optedOut) {
                if (facts == null) {
                    joinGuide.reply(message, sender);
                } else if (!facts.toldRecently(message)) {
                    facts.queue(joinGuide.entry(message, sender));
                }
            }
            return;
        }
        log.info("Inbound {} from {} {}: no conversation handler took it", message.id(), message.channel(),
                AddressMask.mask(message.senderAddress()));
    }

    private boolean handleKeyword(InboundMessage message, Sender sender, ConsentKeyword.Match match) {
        Locale locale = match.spanish() ? BotTexts.SPANISH : sender.locale();
        var recipient = new ConsentReplies.Recipient(message.channel(), message.senderAddress(),
                sender.participantId(), sender.staffUserId(), locale);
        switch (match.keyword()) {
            case STOP -> consent.stop(message.id(), recipient);
            case START -> {
                // START, YES (or Telegram's /start button) opts back in only an address that
                // opted out. Otherwise it is an ordinary word: a stranger gets the engine or
                // the join guide, and a known person's "yes" may answer the engine's question.
                if (!consent.isOptedOut(message.channel(), message.senderAddress())) {
                    if (!sender.known()) {
                        return false;
                    }
                    if (handle(message, sender)) {
                        return true;
                    }
                }
                consent.start(message.id(), recipient);
            }
            case HELP -> {
                if (sender.known() && handle(message, sender)) {
                    return true;
                }
                consent.help(message.id(), recipient);
            }
        }
        return true;
    }

    private boolean handle(InboundMessage message, Sender sender) {
        MessageHandler engine = handler.getIfAvailable();
        return engine != null && engine.handle(message, sender);
    }
}
