package org.peerpartners.companion.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.SmsSegments;

class BotTextsTests {

    private final BotTexts texts = new BotTexts();

    @Test
    void everyKeyExistsInEnglishAndSpanish() {
        Set<String> english = BotTexts.bundle(BotTexts.ENGLISH).keySet();
        Set<String> spanish = BotTexts.bundle(BotTexts.SPANISH).keySet();

        assertThat(english).isNotEmpty().isEqualTo(spanish);
    }

    @Test
    void everyReplyFitsInTwoSmsSegments() {
        for (Locale locale : BotTexts.LOCALES) {
            for (String key : BotTexts.bundle(locale).keySet()) {
                assertThat(SmsSegments.segments(texts.text(locale, key))).as(locale + " " + key).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void helpGivesTheCrisisLineAndHowToStopInBothLanguages() {
        assertThat(texts.text(BotTexts.ENGLISH, "consent.help")).contains("988", "STOP");
        assertThat(texts.text(BotTexts.SPANISH, "consent.help")).contains("988", "ALTO");
    }

    @Test
    void stopConfirmationSaysHowToComeBack() {
        assertThat(texts.text(BotTexts.ENGLISH, "consent.stop")).contains("START");
        assertThat(texts.text(BotTexts.SPANISH, "consent.stop")).contains("INICIO");
    }
}
