package org.peerpartners.companion.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Screens inbound text for crisis language (suicidal intent or plans, self-harm, wanting
 * to die, being unsafe) in English and Spanish. It favours recall: a false alarm costs a
 * coach a minute, a miss costs far more. Some figures of speech therefore match (see
 * {@code crisis-en.txt}); plain idioms such as "this movie is killing me" do not.
 *
 * <p>The lexicon lives in data files, one entry a line, so a program can extend it:
 * a plain phrase matches on word boundaries after {@link CrisisText#normalize}; a line
 * starting with {@code re:} is a regular expression matched against the normalized text
 * (lower case, no accents or apostrophes, single spaces, repeated letters collapsed, so
 * write "kil" for "kill"); {@code #} starts a comment.
 */
public final class CrisisScreen {

    /** The lexicons shipped in core. */
    public static final List<String> DEFAULT_LEXICONS = List.of("safety/crisis-en.txt", "safety/crisis-es.txt");

    /**
     * A back-reference, a named group or an inline flag: such a pattern cannot join an
     * alternation with others without changing what it or they match.
     */
    private static final Pattern NOT_COMBINABLE = Pattern.compile("\\\\[1-9]|\\\\k<|\\(\\?<?[a-zA-Z-]");

    private final List<Entry> entries;
    /** Every combinable regular-expression entry as one alternation, or null if there is none. */
    private final Pattern anyPattern;

    private CrisisScreen(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        List<String> combinable = entries.stream().filter(Entry::combined).map(Entry::regex).toList();
        this.anyPattern = combinable.isEmpty() ? null : pattern(String.join("|", combinable));
    }

    /** The screen with the English and Spanish lexicons shipped in core. */
    public static CrisisScreen withDefaultLexicons() {
        return fromClasspath(DEFAULT_LEXICONS);
    }

    /** A screen built from lexicon files on the classpath (e.g. a program's additions). */
    public static CrisisScreen fromClasspath(List<String> resources) {
        List<Entry> entries = new ArrayList<>();
        for (String resource : resources) {
            try (InputStream in = CrisisScreen.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Crisis lexicon not found on the classpath: " + resource);
                }
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                entries.addAll(parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CrisisScreen(entries);
    }

    /** A screen built from lexicon lines given directly, in the file format. */
    public static CrisisScreen fromLines(String lexicon, List<String> lines) {
        return new CrisisScreen(parse(lexicon, lines));
    }

    /** The first lexicon entry found in the text, if any. */
    public Optional<CrisisMatch> screen(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalized = CrisisText.normalize(text);
        // Most messages match no entry: one pass of the combined pattern tells whether any
        // regular-expression entry can match, instead of one pass for each of them.
        boolean anyRegexMatches = anyPattern == null || anyPattern.matcher(normalized).find();
        for (Entry entry : entries) {
            if ((anyRegexMatches || !entry.combined()) && entry.foundIn(normalized)) {
                return Optional.of(new CrisisMatch(entry.source(), entry.lexicon()));
            }
        }
        return Optional.empty();
    }

    int size() {
        return entries.size();
    }

    private static List<Entry> parse(String lexicon, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("re:")) {
                String regex = line.substring(3).strip();
                entries.add(new Entry(line, lexicon, null, regex, pattern(regex),
                        !NOT_COMBINABLE.matcher(regex).find()));
            }
            else {
                String phrase = CrisisText.normalize(line);
                if (!phrase.isBlank()) {
                    entries.add(new Entry(line, lexicon, phrase, null, null, false));
                }
            }
        }
        return entries;
    }

    /**
     * One lexicon line: a phrase (normalized, with the spaces around it that make it match on
     * word boundaries) looked for as plain text, or a regular expression. Every message is
     * screened against every line, so phrases skip the regex engine: measured, the screen
     * was a third of the inbound worker's CPU with one compiled pattern per phrase.
     * {@code combined}: a regular expression that the combined pattern covers (decided
     * once, when the lexicon is read).
     */
    private record Entry(String source, String lexicon, String phrase, String regex, Pattern pattern,
            boolean combined) {

        boolean foundIn(String normalized) {
            return phrase != null ? normalized.contains(phrase) : pattern.matcher(normalized).find();
        }
    }

    /**
     * A regular expression matched on word boundaries of normalized text, which is words
     * of letters and digits between single spaces, with a space at each end.
     */
    private static Pattern pattern(String regex) {
        return Pattern.compile("(?<= )(?:" + regex + ")(?= )");
    }
}
