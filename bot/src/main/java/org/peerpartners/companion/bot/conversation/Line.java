package org.peerpartners.companion.bot.conversation;

import java.util.List;

/**
 * A piece of text from the bundle used as an argument of a reply: a plan line, a status
 * word. {@link Messages} renders it in the reply's language; a list of lines becomes one
 * line each.
 */
public record Line(String key, List<Object> args) {

    public Line {
        args = List.copyOf(args);
    }
}
