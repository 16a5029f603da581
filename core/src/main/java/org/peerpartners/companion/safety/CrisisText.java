package org.peerpartners.companion.safety;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes text before screening, so that case, accents, stretched letters ("dieeee"),
 * apostrophes and punctuation do not hide crisis language. Lexicon phrases go through the
 * same steps, so a phrase is written naturally in the lexicon ("I'm not safe").
 */
final class CrisisText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1+");

    private CrisisText() {
    }

    /**
     * Lower case, accents removed, apostrophes dropped ("don't" becomes "dont"), anything
     * else that is not a letter or digit becomes one space, and every run of one repeated
     * letter becomes a single letter ("kill" becomes "kil", "dieeee" becomes "die").
     * The result has a leading and trailing space so phrases match on word boundaries.
     */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String joined = APOSTROPHES.matcher(unaccented).replaceAll("");
        String spaced = NON_WORD.matcher(joined).replaceAll(" ").strip();
        return " " + REPEATS.matcher(spaced).replaceAll("$1") + " ";
    }
}
