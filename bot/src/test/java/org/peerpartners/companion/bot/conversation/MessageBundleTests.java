package org.peerpartners.companion.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerpartners.companion.messaging.SmsSegments;
import org.peerpartners.companion.testing.Readability;

/** Language quality: complete bundles, SMS length, reading level, no clinical words. */
class MessageBundleTests {

    private static final Messages MESSAGES = new Messages();

    /** Keys that are parts of other messages, formats, or button labels: not sent alone. */
    private static final Pattern NOT_A_MESSAGE = Pattern.compile("^(format\\.|button\\.|status\\.|plan\\.item|answers\\.).*");

    /** Replies that carry a person's own free text (a relayed buddy message) are exempt from the 2-segment rule. */
    private static final Set<String> USER_TEXT = Set.of("buddy.relayed", "plan.more", "plan.list");

    /** The SMS keyword answers the dialog appends to its questions. */
    private static final Map<String, String> ANSWERS = Map.of(
            "checkin.done", "answers.rating", "checkin.partly", "answers.rating",
            "checkin.rating-again", "answers.rating", "checkin.not-this-time", "answers.note",
            "checkin.rated-ask-note", "answers.note", "journal.saved-ask-share", "answers.yes-no");

    private static final List<String> CLINICAL = Readability.CLINICAL_WORDS;

    @Test
    void everyKeyExistsInBothLanguages() {
        assertThat(MESSAGES.keys(Language.ES)).containsExactlyInAnyOrderElementsOf(MESSAGES.keys(Language.EN));
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundles() throws IOException {
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/peerpartners/companion/bot/conversation"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.remove(Messages.BUNDLE);
        assertThat(used).isNotEmpty();
        for (Language language : Language.values()) {
            assertThat(MESSAGES.keys(language)).as(language.name()).containsAll(used);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void patternsDoubleTheirApostrophes(Language language) {
        SoftAssertions softly = new SoftAssertions();
        for (String key : MESSAGES.keys(language)) {
            String withoutPairs = MESSAGES.pattern(language, key).replace("''", "");
            softly.assertThat(withoutPairs).as(key).doesNotContain("'");
        }
        softly.assertAll();
    }

    @Test
    void englishUsesOnlyGsmCharacters() {
        SoftAssertions softly = new SoftAssertions();
        for (String key : MESSAGES.keys(Language.EN)) {
            softly.assertThat(SmsSegments.isGsm7(MESSAGES.pattern(Language.EN, key))).as(key).isTrue();
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySmsMessageFitsInTwoSegmentsWithLongValues(Language language) {
        SoftAssertions softly = new SoftAssertions();
        for (String key : MESSAGES.keys(language)) {
            if (NOT_A_MESSAGE.matcher(key).matches() || USER_TEXT.contains(key)) {
                continue;
            }
            String text = MESSAGES.render(language, key, longValues(key));
            String answersKey = ANSWERS.get(key);
            String withAnswers = answersKey == null ? text : text + " " + MESSAGES.render(language, answersKey, List.of());
            softly.assertThat(SmsSegments.segments(withAnswers)).as(key + ": " + withAnswers).isLessThanOrEqualTo(2);
        }
        softly.assertAll();
    }

    @Test
    void buddyRelayAddsLittleAroundTheBuddysWords() {
        for (Language language : Language.values()) {
            String wrapper = MESSAGES.render(language, "buddy.relayed", List.of(Turn.shorten("Maria Guadalupe Esperanza", 20), ""));
            assertThat(wrapper.length()).as(wrapper).isLessThan(80);
        }
    }

    @Test
    void englishReadsAtGradeSixOrBelow() {
        SoftAssertions softly = new SoftAssertions();
        for (String key : MESSAGES.keys(Language.EN)) {
            if (NOT_A_MESSAGE.matcher(key).matches()) {
                continue;
            }
            String text = MESSAGES.render(Language.EN, key, shortValues(key));
            softly.assertThat(Readability.grade(text)).as(key + ": " + text).isLessThanOrEqualTo(6.0);
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noMessageUsesClinicalWords(Language language) {
        SoftAssertions softly = new SoftAssertions();
        for (String key : MESSAGES.keys(language)) {
            String folded = Keyword.fold(MESSAGES.pattern(language, key));
            for (String word : CLINICAL) {
                softly.assertThat(folded).as(key).doesNotContain(word);
            }
        }
        softly.assertAll();
    }

    @Test
    void rendersMoneyDatesAndListsPerLanguage() {
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 11, 24, 18, 0, 0, 0, ZoneId.of("America/Chicago"));
        assertThat(MESSAGES.render(Language.EN, "spent.logged", List.of(new BigDecimal("1234.56"), "bowling", new BigDecimal("-5"))))
                .isEqualTo("Logged $1,234.56 for bowling. You have -$5.00 left this month.");
        assertThat(MESSAGES.render(Language.EN, "next.meeting", List.of(tuesday, "the library")))
                .isEqualTo("Next group: Tue Nov 24, 6:00 PM at the library.");
        assertThat(MESSAGES.render(Language.ES, "next.meeting", List.of(tuesday, "la biblioteca")))
                .startsWith("Siguiente grupo: mar").contains("18:00 en la biblioteca");
        assertThat(MESSAGES.render(Language.EN, "buddy.sent", List.of(List.of("Ben", "Cleo", "Dee"))))
                .isEqualTo("Sent to Ben, Cleo and Dee.");
        assertThat(MESSAGES.render(Language.ES, "buddy.sent", List.of(List.of("Ben", "Cleo"))))
                .isEqualTo("Enviado a Ben y Cleo.");
    }

    /** Realistic worst cases, shortened the way the dialog shortens them. */
    private static List<Object> longValues(String key) {
        String name = Turn.shorten("Maria Guadalupe Esperanza", Turn.SHORT_NAME);
        String item = Turn.shorten("Go to the free art class at the public library downtown with Ben and then coffee", Turn.SHORT_TEXT);
        BigDecimal money = new BigDecimal("1234.56");
        ZonedDateTime when = ZonedDateTime.of(2026, 11, 28, 18, 30, 0, 0, ZoneId.of("America/Chicago"));
        Map<String, List<Object>> samples = new HashMap<>();
        samples.put("safety.alert.coach", List.of(name));
        samples.put("join.welcome.sms", List.of(name, Turn.shorten("Peer Partners Companion of Eastside County", 30)));
        samples.put("join.welcome", samples.get("join.welcome.sms"));
        samples.put("join.welcome.coach", List.of(name));
        samples.put("join.already-linked", List.of(name));
        samples.put("help.participant", List.of(Turn.shorten("Carmen Rodriguez-Villanueva, (555) 010-0199", Turn.SHORT_TEXT)));
        samples.put("add.done", List.of(12, item));
        samples.put("add.done.day", List.of(12, item, when.toLocalDate()));
        samples.put("add.done.timed", List.of(12, item, when));
        samples.put("checkin.done", List.of(item));
        samples.put("checkin.partly", List.of(item));
        samples.put("checkin.not-this-time", List.of(item));
        samples.put("checkin.rated-ask-note", List.of(10));
        samples.put("checkin.no-such-item", List.of(123));
        samples.put("spent.logged", List.of(money, item, money));
        samples.put("spent.logged.no-what", List.of(money, money));
        samples.put("spent.over-allowance", List.of(money, money));
        samples.put("undo.done", List.of(money, item, money));
        samples.put("undo.too-old", List.of(money, item));
        samples.put("budget.summary", List.of(money, money, money));
        samples.put("budget.summary.planned", List.of(money, money, money, money));
        samples.put("goals.primary", List.of(Turn.shorten("I want to make friends, or even one friend, to go to the movies with", 60)));
        samples.put("goals.both", List.of(Turn.shorten("I want to make friends, or even one friend, to go to the movies with", 60),
                String.join("; ", Turn.shorten("Go to church on Sunday with my cousin Raymond", 40),
                        Turn.shorten("Walk in the park with the walking club each week", 40))));
        List<String> names = List.of(name, Turn.shorten("Christopher Alexander", 20));
        samples.put("buddy.sent", List.of(names));
        samples.put("buddy.sent-some", List.of(List.of(name), List.of(Turn.shorten("Christopher Alexander", 20))));
        samples.put("buddy.none-reachable", List.of(names));
        samples.put("next.meeting", List.of(when, Turn.shorten("Community room, Eastside Public Library, 1234 Martin Luther King Jr Blvd", 60)));
        samples.put("pause.set", List.of(when.toLocalDate()));
        samples.put("summary.link", List.of("https://companion.example.org/summaries/123456"));
        return samples.getOrDefault(key, List.of());
    }

    private static List<Object> shortValues(String key) {
        List<Object> values = new ArrayList<>(longValues(key));
        values.replaceAll(value -> value instanceof String text && text.length() > 12 ? "book club"
                : value instanceof List<?> ? List.of("Ben") : value);
        return values;
    }
}
