package org.peerpartners.companion.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsSegmentsTests {

    @ParameterizedTest(name = "{0} x{1} -> {2}")
    @CsvSource({
            "a, 1, 1",
            "a, 160, 1",
            "a, 161, 2",
            "a, 306, 2",
            "a, 307, 3",
            // € is an escape in GSM-7 and counts twice
            "€, 80, 1",
            "€, 81, 2",
            // ó is not in GSM-7: the whole text becomes UCS-2
            "ó, 70, 1",
            "ó, 71, 2",
            "ó, 134, 2",
            "ó, 135, 3" })
    void countsSegmentsAsCarriersDo(String character, int repeat, int segments) {
        assertThat(SmsSegments.count(character.repeat(repeat))).isEqualTo(segments);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Logged $12.50 for bowling. You have $27.50 left this month.|1",
            "Anotado: $8.50 para cine. ¿Cómo te fue?|1" })
    void countsRealReplies(String text, int segments) {
        assertThat(SmsSegments.count(text)).isEqualTo(segments);
    }
}
