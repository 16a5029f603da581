package org.peerpartners.companion.participant;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Invite codes that link a chat to a person ({@code /start CODE}). They are typed on basic
 * phones and read aloud by coaches, so the alphabet leaves out characters that are easy to
 * confuse (0/O, 1/I/L); upper-case only, because people type in either case.
 *
 * <p>A code grants access to someone's conversation, so it comes from {@link SecureRandom}:
 * 31 symbols and 8 characters give about 39.6 bits, far more than can be guessed through a
 * rate-limited bot, while staying short enough to type.
 */
public final class InviteCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    /** Collisions are rare (one in billions per code), so a few tries are plenty. */
    static final int MAX_ATTEMPTS = 20;

    /**
     * Spaces and dashes people put inside a code ("ABCD-2345", "abcd 2345"), including the
     * no-break spaces and typographic dashes that phones insert on copy and autocorrect.
     */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_\u2010-\u2015]+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Punctuation and symbols around it, from pasting or sentences ("'ABCD2345'.", "“ABCD2345”"). */
    private static final Pattern SURROUNDING_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final Random random;

    public InviteCodes() {
        this(new SecureRandom());
    }

    /** For tests that need to force a collision; production uses {@link SecureRandom}. */
    InviteCodes(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A fresh code that {@code taken} does not report as in use. The caller still stores it
     * under a unique constraint; the predicate only avoids a failed insert in the common case.
     *
     * @throws IllegalStateException when every attempt hit a taken code
     */
    public String generate(Predicate<String> taken) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String code = randomCode();
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free invite code after " + MAX_ATTEMPTS + " attempts");
    }

    /**
     * What the person most likely meant, as a code to look up; empty if the input cannot be
     * a code at all (wrong length, a character outside the alphabet).
     */
    public static Optional<String> normalize(String userInput) {
        if (userInput == null) {
            return Optional.empty();
        }
        String trimmed = SURROUNDING_PUNCTUATION.matcher(userInput.strip()).replaceAll("");
        String code = SEPARATORS.matcher(trimmed).replaceAll("").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private String randomCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
