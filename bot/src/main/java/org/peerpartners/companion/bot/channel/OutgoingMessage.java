package org.peerpartners.companion.bot.channel;

import java.util.List;

/**
 * One message to send.
 *
 * @param outboundId our outbox row id (for status callbacks and logs)
 * @param address the Telegram chat id, E.164 phone number or sandbox id
 * @param text the text to send
 * @param buttons rows of inline-keyboard buttons (Telegram); empty on SMS, where the text
 *        itself lists numbered or keyword answers
 */
public record OutgoingMessage(long outboundId, String address, String text, List<List<Button>> buttons) {

    public OutgoingMessage {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    /** An inline-keyboard button: the label shown and the text it sends back when pressed. */
    public record Button(String label, String data) {
    }
}
