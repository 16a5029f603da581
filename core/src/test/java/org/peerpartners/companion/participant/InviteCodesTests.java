package org.peerpartners.companion.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InviteCodesTests {

    private final InviteCodes inviteCodes = new InviteCodes();

    @Test
    void alphabetLeavesOutCharactersThatLookAlike() {
        assertThat(InviteCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
        assertThat(InviteCodes.ALPHABET.chars().distinct().count()).isEqualTo(InviteCodes.ALPHABET.length());
        assertThat(InviteCodes.ALPHABET).isEqualTo(InviteCodes.ALPHABET.toUpperCase());
    }

    @Test
    void codesAreEightCharactersFromTheAlphabet() {
        for (int i = 0; i < 1_000; i++) {
            String code = inviteCodes.generate(taken -> false);
            assertThat(code).hasSize(8);
            assertThat(code.chars()).allMatch(c -> InviteCodes.ALPHABET.indexOf(c) >= 0);
        }
    }

    @Test
    void codesCarryAtLeastThirtyBitsOfEntropy() {
        double bits = InviteCodes.LENGTH * Math.log(InviteCodes.ALPHABET.length()) / Math.log(2);

        assertThat(bits).isGreaterThanOrEqualTo(30.0);
    }

    @Test
    void everySymbolIsUsed() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            inviteCodes.generate(taken -> false).chars().forEach(seen::add);
        }
        assertThat(seen).hasSize(InviteCodes.ALPHABET.length());
    }

    @Test
    void noCollisionsOverAHundredThousandCodes() {
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            issued.add(inviteCodes.generate(issued::contains));
        }
        assertThat(issued).hasSize(100_000);
    }

    @Test
    void triesAgainWhenACodeIsTaken() {
        // Two generators on the same seed produce the same codes, so the first code is a collision.
        String firstCode = new InviteCodes(new Random(42)).generate(taken -> false);
        List<String> asked = new ArrayList<>();

        String code = new InviteCodes(new Random(42)).generate(candidate -> {
            asked.add(candidate);
            return candidate.equals(firstCode);
        });

        assertThat(asked).containsExactly(firstCode, code);
        assertThat(code).isNotEqualTo(firstCode);
    }

    @Test
    void givesUpWhenEveryAttemptIsTaken() {
        assertThatThrownBy(() -> inviteCodes.generate(candidate -> true)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ABCD2345|ABCD2345",
            "abcd2345|ABCD2345",
            "  abcd 2345 |ABCD2345",
            "ABCD-2345|ABCD2345",
            "abcd–2345|ABCD2345",
            "ab cd-23 45|ABCD2345",
            "'ABCD2345'.|ABCD2345",
            "“ABCD2345”|ABCD2345",
            "<ABCD2345>!|ABCD2345",
            "ABCD\u00a02345|ABCD2345"})
    void normalizesWhatPeopleType(String typed, String code) {
        assertThat(InviteCodes.normalize(typed)).contains(code);
    }

    @ParameterizedTest(name = "\"{0}\" cannot be a code")
    @ValueSource(strings = {"", "   ", "ABCD234", "ABCD23456", "ABCD0345", "ABCDO345", "ABCD1345", "ABCDI345",
            "ABCDL345", "AB.CD2345", "ABCD 2345 please", "ÁBCD2345"})
    void refusesWhatCannotBeACode(String typed) {
        assertThat(InviteCodes.normalize(typed)).isEmpty();
    }

    @Test
    void nothingTypedIsNoCode() {
        assertThat(InviteCodes.normalize(null)).isEmpty();
    }

    @Test
    void everyGeneratedCodeSurvivesNormalization() {
        for (int i = 0; i < 1_000; i++) {
            String code = inviteCodes.generate(taken -> false);
            assertThat(InviteCodes.normalize(code.toLowerCase())).contains(code);
        }
    }
}
