package org.peerpartners.companion.bot;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

/**
 * The pipeline's reply texts, from {@code messages/bot_en.properties} and
 * {@code messages/bot_es.properties}. Kept apart from the conversation engine's bundle so
 * the two can grow independently.
 */
@Component
public class BotTexts {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final List<Locale> LOCALES = List.of(ENGLISH, SPANISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The text for the key in the language ({@code en} or {@code es}; anything else is English). */
    public String text(Locale locale, String key) {
        Locale language = SPANISH.getLanguage().equals(locale.getLanguage()) ? SPANISH : ENGLISH;
        return bundle(language).getString(key);
    }

    /** Languages a participant or staff user can have, as stored ({@code en}, {@code es}). */
    public static Locale locale(String language) {
        return "es".equals(language) ? SPANISH : ENGLISH;
    }

    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle("messages/bot", language, NO_FALLBACK);
    }
}
