package org.peerpartners.companion.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CrisisScreenTests {

    private static final CrisisScreen SCREEN = CrisisScreen.withDefaultLexicons();

    static Stream<String> positives() throws IOException {
        return lines("safety/crisis-positive.txt").stream();
    }

    static Stream<String> negatives() throws IOException {
        return lines("safety/crisis-negative.txt").stream();
    }

    @ParameterizedTest
    @MethodSource("positives")
    void flagsCrisisLanguage(String message) {
        assertThat(SCREEN.screen(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void letsEverydayMessagesThrough(String message) {
        assertThat(SCREEN.screen(message)).as(message).isEmpty();
    }

    @Test
    void hasEnoughCasesInBothLanguages() throws IOException {
        assertThat(lines("safety/crisis-positive.txt")).hasSizeGreaterThanOrEqualTo(60);
        assertThat(lines("safety/crisis-negative.txt")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void reportsTheMatchedPhraseAndItsLexicon() {
        assertThat(SCREEN.screen("Honestly I want to kill myself."))
                .contains(new CrisisMatch("kill myself", "crisis-en.txt"));
        assertThat(SCREEN.screen("ya no quiero vivir")).get()
                .extracting(CrisisMatch::lexicon).isEqualTo("crisis-es.txt");
    }

    @Test
    void ignoresCaseAccentsStretchedLettersAndPunctuation() {
        assertThat(SCREEN.screen("QUIERO   MORIRMEEEE!!!")).isPresent();
        assertThat(SCREEN.screen("hacerme daño")).isPresent();
        assertThat(SCREEN.screen("k.m.s")).isPresent();
        assertThat(SCREEN.screen("i dont  want to live")).isPresent();
        assertThat(SCREEN.screen("I don\u2019t want to live")).isPresent();
    }

    @Test
    void programsCanExtendTheLexiconWithPhrasesAndPatterns() {
        CrisisScreen extended = CrisisScreen.fromLines("program.txt",
                List.of("# local slang", "catch the bus for good", "re:gona (vanish|disapear)"));
        assertThat(extended.screen("gonna vanish tonight")).isPresent();
        assertThat(extended.screen("I'll catch the bus for good")).isPresent();
        assertThat(extended.screen("catch the bus at 5")).isEmpty();
    }

    @Test
    void patternsWithBackReferencesNamedGroupsOrFlagsMatchAsWrittenBesideTheOthers() {
        CrisisScreen extended = CrisisScreen.fromLines("program.txt", List.of(
                "re:gona (vanish|disapear)",
                "re:(bye) \\1 forever",
                "re:(?<word>gone) \\k<word> now",
                "re:(?x) lights   out",
                "sleep forever"));

        assertThat(extended.screen("bye bye forever")).map(CrisisMatch::phrase).contains("re:(bye) \\1 forever");
        assertThat(extended.screen("bye hi forever")).isEmpty();
        assertThat(extended.screen("gone gone now")).map(CrisisMatch::phrase).contains("re:(?<word>gone) \\k<word> now");
        assertThat(extended.screen("lightsout")).map(CrisisMatch::phrase).contains("re:(?x) lights   out");
        assertThat(extended.screen("lights out")).isEmpty();
        // (?x) ignores spaces in its own pattern only: the later ones still need theirs
        assertThat(extended.screen("gonavanish")).isEmpty();
        assertThat(extended.screen("gonna disappear")).map(CrisisMatch::phrase).contains("re:gona (vanish|disapear)");
        assertThat(extended.screen("I want to sleep forever")).map(CrisisMatch::phrase).contains("sleep forever");
    }

    @Test
    void treatsEmptyTextAsNoMatch() {
        assertThat(SCREEN.screen("")).isEmpty();
        assertThat(SCREEN.screen(null)).isEmpty();
        assertThat(SCREEN.screen("\uD83D\uDE00\uD83D\uDE00")).isEmpty();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = CrisisScreenTests.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }
}
