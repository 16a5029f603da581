package org.peerpartners.companion.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GSM-7 versus UCS-2 for the characters our English and Spanish texts use. */
class SmsSegmentsAlphabetTests {

    @Test
    void countsPlainGsmTextAtOneSeptetACharacter() {
        assertThat(SmsSegments.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.segments("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void countsExtensionCharactersTwice() {
        assertThat(SmsSegments.isGsm7("price \u20ac5 [ok] {x} ~ | ^ \\")).isTrue();
        assertThat(SmsSegments.count("\u20ac[]").units()).isEqualTo(6);
        assertThat(SmsSegments.segments("\u20ac".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.segments("\u20ac".repeat(81))).isEqualTo(2);
    }

    @Test
    void keepsSpanishLettersThatGsmHasInGsm() {
        assertThat(SmsSegments.isGsm7("¿Qué tal? ¡Mañana! Ñandú")).isFalse();
        assertThat(SmsSegments.isGsm7("¿Qué tal? ¡Mañana, señor! ü à ò ù ì é É Ñ")).isTrue();
    }

    @Test
    void switchesToUcs2ForAccentsGsmLacksCurlyQuotesAndEmoji() {
        for (String letter : new String[] {"á", "í", "ó", "ú", "\u2019", "\u2014", "\uD83D\uDE00"}) {
            assertThat(SmsSegments.isGsm7("ok " + letter)).as(letter).isFalse();
        }
        assertThat(SmsSegments.segments("á" + "a".repeat(69))).isEqualTo(1);
        assertThat(SmsSegments.segments("á" + "a".repeat(70))).isEqualTo(2);
        assertThat(SmsSegments.segments("á" + "a".repeat(133))).isEqualTo(2);
        assertThat(SmsSegments.segments("á" + "a".repeat(134))).isEqualTo(3);
    }

    @Test
    void countsEmojiAsTwoUtf16Units() {
        assertThat(SmsSegments.segments("\uD83D\uDE00".repeat(35))).isEqualTo(1);
        assertThat(SmsSegments.segments("\uD83D\uDE00".repeat(36))).isEqualTo(2);
    }
}
