package org.peerpartners.companion.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTests {

    @ParameterizedTest
    @CsvSource({"cat,1", "the,1", "plan,1", "budget,2", "coffee,2", "make,1", "library,3", "reminders,3",
        "activity,4", "logged,1", "yes,1"})
    void countsSyllablesCloseEnough(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void scoresPlainTextLowAndDenseTextHigh() {
        assertThat(Readability.grade("The cat sat on the mat. It was fun.")).isLessThan(2);
        assertThat(Readability.grade("Comprehensive psychiatric rehabilitation necessitates "
                + "individualized interdisciplinary collaboration.")).isGreaterThan(12);
    }
}
