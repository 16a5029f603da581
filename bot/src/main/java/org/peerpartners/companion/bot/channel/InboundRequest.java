package org.peerpartners.companion.bot.channel;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's HTTP request (or a polled update) as the adapter sees it.
 *
 * @param headers header names in lower case
 * @param body the raw body, as received
 */
public record InboundRequest(Map<String, String> headers, byte[] body) {

    public InboundRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
