package org.peerpartners.companion.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

import org.peerpartners.companion.summary.PreGroupSummary.CheckIn;
import org.peerpartners.companion.summary.PreGroupSummary.Person;
import org.peerpartners.companion.summary.PreGroupSummary.Topic;

/**
 * Suggests the meeting's skill-building topic from the week's patterns. Simple rules a coach
 * can check on the page, tried in this order; the first that fits enough people wins
 * ("enough": at least two people and at least a third of the group):
 * <ol>
 * <li>{@code small-steps} — most of someone's check-ins were "not this time";
 * <li>{@code staying-connected} — quiet for a week or more;
 * <li>{@code free-fun} — spent 80 % or more of the month's allowance;
 * <li>{@code confidence} — confidence went down;
 * <li>{@code buddy-check} — no buddy contact in the period;
 * <li>otherwise {@code celebrate-progress}, with the number of people who did something.
 * </ol>
 * The page words each topic in the coach's language (keys {@code summary.topic.<key>}).
 */
final class TopicRules {

    private static final BigDecimal MOST_OF_BUDGET = new BigDecimal("0.80");

    private TopicRules() {
    }

    private record Rule(String key, String reason, Predicate<Person> fits) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("small-steps", "not-this-time", TopicRules::mostlyNotThisTime),
            new Rule("staying-connected", "quiet", Person::quiet),
            new Rule("free-fun", "budget-mostly-spent", TopicRules::mostOfBudgetSpent),
            new Rule("confidence", "confidence-down", p -> "DOWN".equals(p.confidence().direction())),
            new Rule("buddy-check", "no-buddy-contact", p -> p.buddyContacts() == 0));

    static Topic suggest(List<Person> people) {
        int enough = Math.max(2, (people.size() + 2) / 3);
        for (Rule rule : RULES) {
            int count = (int) people.stream().filter(rule.fits()).count();
            if (count >= enough) {
                return new Topic(rule.key(), rule.reason(), count);
            }
        }
        int doneSomething = (int) people.stream().filter(TopicRules::didSomething).count();
        return new Topic("celebrate-progress", "default", doneSomething);
    }

    private static boolean mostlyNotThisTime(Person person) {
        List<CheckIn> checkIns = person.planItems().stream().flatMap(item -> item.checkIns().stream()).toList();
        long notThisTime = checkIns.stream().filter(c -> "NOT_THIS_TIME".equals(c.outcome())).count();
        return !checkIns.isEmpty() && notThisTime * 2 > checkIns.size();
    }

    private static boolean mostOfBudgetSpent(Person person) {
        BigDecimal allowance = person.budget().allowance();
        return allowance.signum() > 0 && person.budget().spent().compareTo(allowance.multiply(MOST_OF_BUDGET)) >= 0;
    }

    private static boolean didSomething(Person person) {
        return person.planItems().stream().flatMap(item -> item.checkIns().stream())
                .anyMatch(c -> !"NOT_THIS_TIME".equals(c.outcome()));
    }
}
