package org.peerpartners.companion.bot.conversation;

import java.util.Locale;
import java.util.Optional;

/** The languages the bot speaks; stored as {@code en}/{@code es}. */
public enum Language {
    EN(Locale.ENGLISH),
    ES(Locale.forLanguageTag("es"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The code stored in the database ({@code en}, {@code es}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
