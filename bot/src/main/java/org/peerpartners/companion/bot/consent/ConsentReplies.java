package org.peerpartners.companion.bot.consent;

import java.util.Locale;

import org.peerpartners.companion.bot.BotTexts;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.consent.ConsentLedger;
import org.peerpartners.companion.consent.ConsentSource;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.peerpartners.companion.messaging.AddressMask;

/**
 * Acts on STOP, START and HELP before anything else sees the message. Each reply's dedup
 * key is the inbound message id, so a retried message still gets exactly one reply.
 */
@Component
public class ConsentReplies {

    private static final Logger log = LoggerFactory.getLogger(ConsentReplies.class);

    private final ConsentLedger ledger;
    private final Outbox outbox;
    private final BotTexts texts;

    ConsentReplies(ConsentLedger ledger, Outbox outbox, BotTexts texts) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.texts = texts;
    }

    /**
     * The person addressed by a keyword reply.
     *
     * @param participantId the linked participant, or null
     * @param staffUserId the linked staff user, or null
     */
    public record Recipient(Channel channel, String address, Long participantId, Long staffUserId, Locale locale) {
    }

    /** Opts the address out, cancels what was waiting for it and confirms once. */
    public void stop(long inboundId, Recipient to) {
        ledger.optOut(to.channel(), to.address(), ConsentSource.KEYWORD, evidence(inboundId));
        int cancelled = outbox.cancelQueued(to.channel(), to.address(), "recipient opted out");
        log.info("Opt-out by keyword from {} {} (inbound {}); {} queued messages cancelled",
                to.channel(), AddressMask.mask(to.address()), inboundId, cancelled);
        reply(inboundId, to, OutboxEntry.STOP_CONFIRMATION, "consent.stop", "stop");
    }

    public void start(long inboundId, Recipient to) {
        ledger.optIn(to.channel(), to.address(), ConsentSource.KEYWORD, evidence(inboundId));
        log.info("Opt-in by keyword from {} {} (inbound {})", to.channel(), AddressMask.mask(to.address()), inboundId);
        reply(inboundId, to, "START_CONFIRMATION", "consent.start", "start");
    }

    public void help(long inboundId, Recipient to) {
        reply(inboundId, to, "HELP", "consent.help", "help");
    }

    public boolean isOptedOut(Channel channel, String address) {
        return ledger.isOptedOut(channel, address);
    }

    private void reply(long inboundId, Recipient to, String kind, String key, String dedupPrefix) {
        outbox.enqueue(new OutboxEntry(to.channel(), to.address(), to.participantId(), to.staffUserId(), kind,
                texts.text(to.locale(), key), Priority.REPLY, dedupPrefix + ":" + inboundId, null, null));
    }

    private static String evidence(long inboundId) {
        return "inbound_message:" + inboundId;
    }
}
