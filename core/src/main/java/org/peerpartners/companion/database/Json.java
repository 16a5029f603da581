package org.peerpartners.companion.database;

import java.util.Objects;

/**
 * A JSON document as stored in a {@code jsonb} column. Kept as text: the code that owns a
 * document (conversation state, a due message's payload) parses it with its own types.
 *
 * @param text the JSON text, e.g. {@code {"itemNumber": 2}}
 */
public record Json(String text) {

    public static final Json EMPTY_OBJECT = new Json("{}");

    public Json {
        Objects.requireNonNull(text, "text");
    }

    public static Json of(String text) {
        return new Json(text);
    }
}
