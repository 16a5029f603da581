package org.peerpartners.companion.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.SmsSegments;
import org.peerpartners.companion.summary.PreGroupSummary.Budget;
import org.peerpartners.companion.summary.PreGroupSummary.CheckIn;
import org.peerpartners.companion.summary.PreGroupSummary.Item;
import org.peerpartners.companion.summary.PreGroupSummary.Person;
import org.peerpartners.companion.summary.PreGroupSummary.Topic;
import org.peerpartners.companion.summary.PreGroupSummary.Trend;

/** The summary's rules without a database: topics, trends, the coach's message. */
class SummaryRulesTests {

    static final Instant AT = Instant.parse("2026-11-24T16:00:00Z");
    static final String LONG_LINK = "https://companion.riverside-peer-partners.example.org/some/long/prefix/summaries/1234567";

    @Test
    void mostlyNotThisTimeSuggestsSmallSteps() {
        List<Person> people = List.of(person("Ana", "NOT_THIS_TIME", "NOT_THIS_TIME"), person("Ben", "NOT_THIS_TIME"),
                person("Cy", "DONE"));

        assertThat(TopicRules.suggest(people)).isEqualTo(new Topic("small-steps", "not-this-time", 2));
    }

    @Test
    void oneQuietPersonInAGroupOfSixIsNotAPattern() {
        List<Person> people = new ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Cy", "Dee", "Eli")) {
            people.add(person(name, "DONE"));
        }
        people.add(quiet(person("Fay", "DONE")));

        assertThat(TopicRules.suggest(people)).isEqualTo(new Topic("celebrate-progress", "default", 6));
        people.set(0, quiet(people.get(0)));
        assertThat(TopicRules.suggest(people).key()).isEqualTo("staying-connected");
    }

    @Test
    void halfAPointOrMoreIsATrend() {
        assertThat(Trends.of(new BigDecimal("5.0"), new BigDecimal("5.5")).direction()).isEqualTo("UP");
        assertThat(Trends.of(new BigDecimal("5.0"), new BigDecimal("4.6")).direction()).isEqualTo("SAME");
        assertThat(Trends.of(new BigDecimal("5.0"), new BigDecimal("4.5")).direction()).isEqualTo("DOWN");
        assertThat(Trends.of(null, new BigDecimal("4.5")).direction()).isEqualTo("NONE");
        assertThat(Trends.of(null, null)).isEqualTo(Trend.NONE);
    }

    @Test
    void coachMessageFitsTwoSegmentsInEnglishAndSpanishWithALongLink() {
        PreGroupSummary summary = summary("Riverside Tuesday Evening Peer Support Group");

        String english = CoachNotice.text(summary, LONG_LINK, Locale.ENGLISH);
        String spanish = CoachNotice.text(summary, LONG_LINK, Locale.forLanguageTag("es"));

        assertThat(english).startsWith("Summary for Riverside").contains("Tue 6:00 PM").endsWith(LONG_LINK);
        assertThat(spanish).startsWith("Resumen").endsWith(LONG_LINK);
        assertThat(SmsSegments.segments(english)).isLessThanOrEqualTo(2);
        assertThat(SmsSegments.segments(spanish)).isLessThanOrEqualTo(2);
    }

    @Test
    void aGroupNameThatWouldMakeItLongerGivesTheShortMessage() {
        PreGroupSummary summary = summary("Grupo de Apoyo Mutuo de los Martes por la Tarde — Biblioteca Central, Sala B");

        String spanish = CoachNotice.text(summary, LONG_LINK, Locale.forLanguageTag("es"));

        assertThat(spanish).isEqualTo("Resumen del grupo listo: " + LONG_LINK);
        assertThat(SmsSegments.segments(spanish)).isLessThanOrEqualTo(2);
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        PreGroupSummary summary = summary("Riverside");

        assertThat(SummaryJson.read(SummaryJson.write(summary))).isEqualTo(summary);
    }

    private static PreGroupSummary summary(String groupName) {
        List<Person> people = List.of(person("Ana", "DONE"), quiet(person("Ben", "PARTLY")));
        Instant start = Instant.parse("2026-11-24T23:00:00Z");
        return new PreGroupSummary(7, 3, groupName, "America/New_York", start, "Library", start.minusSeconds(604800),
                start, GroupFacts.overview(null, List.of(), people), people);
    }

    private static Person person(String name, String... outcomes) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (String outcome : outcomes) {
            checkIns.add(new CheckIn(AT, outcome, 6, 6));
        }
        Budget budget = new Budget("2026-11", "USD", new BigDecimal("50.00"), new BigDecimal("10.00"),
                new BigDecimal("40.00"), new BigDecimal("0.00"));
        return new Person(name.length(), name, List.of(new Item(1, "Walk", null, 5, checkIns)), Trend.NONE, Trend.NONE,
                budget, 1, List.of(), 1, false, List.of(), List.of());
    }

    private static Person quiet(Person p) {
        return new Person(p.participantId(), p.firstName(), p.planItems(), p.confidence(), p.achievement(), p.budget(),
                p.buddyContacts(), p.journal(), 9, true, p.safetyAlerts(), p.goalChanges());
    }
}
