package org.peerpartners.companion.safety;

/**
 * A crisis-language match.
 *
 * @param phrase the lexicon entry that matched (as written in the lexicon file), for the
 *        coach's alert and the {@code safety_alert.matched} column
 * @param lexicon the lexicon file it came from, e.g. {@code crisis-en.txt}
 */
public record CrisisMatch(String phrase, String lexicon) {
}
