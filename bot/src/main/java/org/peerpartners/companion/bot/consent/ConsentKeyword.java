package org.peerpartners.companion.bot.consent;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The carrier-style consent keywords, recognised before any command: the whole message is
 * the keyword (case-insensitive, surrounding spaces and punctuation ignored, a Telegram
 * slash allowed). These are the CTIA/Twilio standard opt-out, opt-in and help words, plus
 * the Spanish ones (https://help.twilio.com/articles/223134027).
 */
public enum ConsentKeyword {
    STOP,
    START,
    HELP;

    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\s¡¿]+|[\\p{Punct}\\s¡¿]+$");

    /** Each word, with the language it marks (null: English words, whose reply follows the sender). */
    private static final Map<String, Match> WORDS = Map.ofEntries(
            Map.entry("STOP", new Match(STOP, false)),
            Map.entry("STOPALL", new Match(STOP, false)),
            Map.entry("UNSUBSCRIBE", new Match(STOP, false)),
            Map.entry("CANCEL", new Match(STOP, false)),
            Map.entry("END", new Match(STOP, false)),
            Map.entry("QUIT", new Match(STOP, false)),
            Map.entry("REVOKE", new Match(STOP, false)),
            Map.entry("OPTOUT", new Match(STOP, false)),
            Map.entry("ALTO", new Match(STOP, true)),
            Map.entry("PARAR", new Match(STOP, true)),
            Map.entry("START", new Match(START, false)),
            Map.entry("UNSTOP", new Match(START, false)),
            Map.entry("YES", new Match(START, false)),
            Map.entry("INICIO", new Match(START, true)),
            Map.entry("HELP", new Match(HELP, false)),
            Map.entry("INFO", new Match(HELP, false)),
            Map.entry("AYUDA", new Match(HELP, true)));

    /**
     * A recognised keyword.
     *
     * @param spanish the word itself is Spanish, so the reply is in Spanish
     */
    public record Match(ConsentKeyword keyword, boolean spanish) {
    }

    public static Optional<Match> parse(String text) {
        String word = EDGES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        return Optional.ofNullable(WORDS.get(word));
    }
}
