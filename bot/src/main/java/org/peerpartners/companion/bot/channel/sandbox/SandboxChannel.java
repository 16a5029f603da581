package org.peerpartners.companion.bot.channel.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The channel for trying the bot without any provider: messages come from the admin web's
 * chat page (already behind login, so there is nothing to authenticate here) and "sending"
 * is the outbox row itself becoming SENT, which the chat page reads back. It goes through
 * the same inbound log, worker, outbox and dispatcher as the real channels.
 */
@Component
class SandboxChannel implements ChannelAdapter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;

    SandboxChannel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.SANDBOX;
    }

    /** Reads {@code {"address": "...", "text": "..."}}. */
    @Override
    public InboundResult receive(InboundRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (JacksonException e) {
            return new InboundResult.Rejected(InboundResult.Reason.MALFORMED, "not JSON");
        }
        JsonNode address = body.get("address");
        JsonNode text = body.get("text");
        if (address == null || !address.isString() || address.asString().isBlank() || text == null
                || !text.isString()) {
            return new InboundResult.Rejected(InboundResult.Reason.MALFORMED, "address and text are required");
        }
        return new InboundResult.Accepted(List.of(new IncomingMessage(Channel.SANDBOX,
                "sandbox-" + UUID.randomUUID(), address.asString(), text.asString(), List.of(), null,
                clock.instant())));
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        return new SendResult.Sent("sandbox-out-" + message.outboundId(), 1);
    }
}
