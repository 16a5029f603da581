package org.peerpartners.companion.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTests {

    @Test
    void fitsOneHundredSixtyGsmCharactersInOneSegment() {
        assertThat(SmsSegments.count("a".repeat(160)))
                .isEqualTo(new SmsSegments.Count(SmsSegments.Encoding.GSM_7, 160, 1));
    }

    @Test
    void splitsLongGsmTextIntoSegmentsOfOneHundredFiftyThree() {
        assertThat(SmsSegments.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.segments("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void countsExtensionCharactersAsTwoSeptets() {
        assertThat(SmsSegments.count("€".repeat(80)))
                .isEqualTo(new SmsSegments.Count(SmsSegments.Encoding.GSM_7, 160, 1));
        assertThat(SmsSegments.segments("€".repeat(81))).isEqualTo(2);
        assertThat(SmsSegments.segments("a".repeat(159) + "[")).isEqualTo(2);
    }

    @Test
    void neverSplitsAnEscapePairAcrossSegments() {
        // 152 septets, then an escape pair that does not fit in the 153rd: it moves on
        String text = "a".repeat(152) + "{" + "a".repeat(152);
        assertThat(SmsSegments.count(text).units()).isEqualTo(306);
        assertThat(SmsSegments.segments(text)).isEqualTo(3);
    }

    @Test
    void keepsSpanishAccentsOfTheGsmAlphabetInGsm() {
        assertThat(SmsSegments.isGsm7("¿Qué tal? Ñandú, él está aquí")).isFalse();
        assertThat(SmsSegments.isGsm7("Mañana: ¡Hola! ¿Año? Él")).isTrue();
    }

    @Test
    void switchesToUcs2WithSeventyThenSixtySevenPerSegment() {
        String accented = "á"; // not in GSM-7 (only à is)
        assertThat(SmsSegments.count(accented.repeat(70)))
                .isEqualTo(new SmsSegments.Count(SmsSegments.Encoding.UCS_2, 70, 1));
        assertThat(SmsSegments.segments(accented.repeat(71))).isEqualTo(2);
        assertThat(SmsSegments.segments(accented.repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.segments(accented.repeat(135))).isEqualTo(3);
    }

    @Test
    void countsAnEmojiAsTwoUnitsAndNeverSplitsIt() {
        assertThat(SmsSegments.count("🙂").units()).isEqualTo(2);
        String text = "a".repeat(66) + "🙂" + "a".repeat(66);
        assertThat(SmsSegments.segments(text)).isEqualTo(3);
    }

    @Test
    void chargesOneSegmentForAnEmptyText() {
        assertThat(SmsSegments.segments("")).isEqualTo(1);
    }
}
