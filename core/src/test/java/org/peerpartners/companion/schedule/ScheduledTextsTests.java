package org.peerpartners.companion.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.SmsSegments;
import org.peerpartners.companion.testing.Readability;

/** Language quality of the scheduled messages: both languages, SMS length, reading level, plain words. */
class ScheduledTextsTests {

    private static final ScheduledTexts TEXTS = new ScheduledTexts();
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Instant SATURDAY_EVENING = Instant.parse("2026-11-29T00:30:00Z");

    /** Every message rendered with long, realistic values (and with short ones for reading level). */
    private static Map<ScheduledKind, String> rendered(Locale locale, boolean longValues) {
        String place = longValues ? "Community room, Eastside Public Library, 1234 Martin Luther King Jr Blvd" : "the library";
        String item = longValues ? "Go to the free art class at the public library downtown with Ben and then coffee" : "art class";
        String names = longValues ? TEXTS.names(locale, List.of("Maria Guadalupe", "Christopher", "Alexandra")) : "Ben";
        BigDecimal money = longValues ? new BigDecimal("1234.56") : new BigDecimal("40");
        return Map.of(
                ScheduledKind.MEETING_REMINDER, TEXTS.meetingReminder(locale, SATURDAY_EVENING, CHICAGO, place),
                ScheduledKind.ACTIVITY_REMINDER, TEXTS.activityReminder(locale, LocalTime.of(18, 30), item),
                ScheduledKind.CHECK_IN_PROMPT, TEXTS.checkInPrompt(locale, longValues ? 12 : 2, item),
                ScheduledKind.PLAN_RECAP, TEXTS.planRecap(locale, longValues ? 12 : 3),
                ScheduledKind.BUDDY_NUDGE, TEXTS.buddyNudge(locale, names),
                ScheduledKind.MONTHLY_BUDGET, TEXTS.monthlyBudget(locale, money, money));
    }

    @Test
    void everyKeyExistsInEnglishAndSpanishAndEveryKindHasAText() {
        assertThat(ScheduledTexts.keys(ScheduledTexts.SPANISH))
                .containsExactlyInAnyOrderElementsOf(ScheduledTexts.keys(ScheduledTexts.ENGLISH));
        for (ScheduledKind kind : ScheduledKind.values()) {
            assertThat(ScheduledTexts.keys(ScheduledTexts.ENGLISH)).contains(kind.key());
        }
    }

    @Test
    void everyMessageFitsInTwoSmsSegmentsWithLongValues() {
        SoftAssertions softly = new SoftAssertions();
        for (Locale locale : ScheduledTexts.LOCALES) {
            rendered(locale, true).forEach((kind, text) ->
                    softly.assertThat(SmsSegments.segments(text)).as(locale + " " + kind + ": " + text).isLessThanOrEqualTo(2));
        }
        for (int items = 0; items < 3; items++) {
            softly.assertThat(SmsSegments.segments(TEXTS.planRecap(ScheduledTexts.SPANISH, items))).isLessThanOrEqualTo(2);
        }
        softly.assertAll();
    }

    @Test
    void englishUsesOnlyGsmCharactersAndReadsAtGradeSixOrBelow() {
        SoftAssertions softly = new SoftAssertions();
        rendered(ScheduledTexts.ENGLISH, false).forEach((kind, text) -> {
            softly.assertThat(SmsSegments.isGsm7(text)).as(kind + ": " + text).isTrue();
            softly.assertThat(Readability.grade(text)).as(kind + ": " + text).isLessThanOrEqualTo(6.0);
        });
        for (int items = 0; items < 3; items++) {
            softly.assertThat(Readability.grade(TEXTS.planRecap(ScheduledTexts.ENGLISH, items))).isLessThanOrEqualTo(6.0);
        }
        softly.assertAll();
    }

    @Test
    void noMessageUsesClinicalWords() {
        SoftAssertions softly = new SoftAssertions();
        for (Locale locale : ScheduledTexts.LOCALES) {
            for (String key : ScheduledTexts.keys(locale)) {
                String folded = Normalizer.normalize(ScheduledTexts.bundle(locale).getString(key), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
                for (String word : Readability.CLINICAL_WORDS) {
                    softly.assertThat(folded).as(locale + " " + key).doesNotContain(word);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void rendersTimesInTheParticipantsZoneAndLanguage() {
        assertThat(TEXTS.meetingReminder(ScheduledTexts.ENGLISH, SATURDAY_EVENING, CHICAGO, "the library"))
                .isEqualTo("Reminder: your group meets Sat Nov 28, 6:30 PM at the library. See you there!");
        assertThat(TEXTS.meetingReminder(Locale.forLanguageTag("es-US"), SATURDAY_EVENING, ZoneId.of("Asia/Kolkata"), "la biblioteca"))
                .contains("06:00 en la biblioteca");
        assertThat(TEXTS.monthlyBudget(ScheduledTexts.ENGLISH, new BigDecimal("40"), new BigDecimal("1234.5")))
                .isEqualTo("New month! Your social budget is $40.00. Last month you spent $1,234.50. Reply BUDGET to see more.");
        assertThat(TEXTS.checkInPrompt(ScheduledTexts.SPANISH, 2, "clase de arte"))
                .isEqualTo("¿Cómo te fue? clase de arte. Manda HECHO 2, PARCIAL 2 o NOHOY 2.");
        assertThat(TEXTS.names(ScheduledTexts.SPANISH, List.of("Ben", "Cleo", "Dee"))).isEqualTo("Ben, Cleo y Dee");
    }
}
