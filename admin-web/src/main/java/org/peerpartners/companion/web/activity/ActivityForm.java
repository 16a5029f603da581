package org.peerpartners.companion.web.activity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peerpartners.companion.activity.Activity;

/**
 * The add/edit form as typed. Costs are in the program's currency (US dollars, as the
 * participants' budgets); interests are short tags separated by commas ("art, outdoors").
 */
record ActivityForm(String name, String description, String cost, String place, String schedule, String interests,
        Boolean active) {

    static final BigDecimal MAX_COST = new BigDecimal("999.99");
    static final int MAX_INTERESTS = 10;

    static ActivityForm empty() {
        return new ActivityForm("", "", "0.00", "", "", "", true);
    }

    static ActivityForm of(Activity activity) {
        return new ActivityForm(activity.name(), nullToEmpty(activity.description()), activity.cost().toPlainString(),
                nullToEmpty(activity.place()), nullToEmpty(activity.schedule()),
                String.join(", ", activity.interests()), activity.active());
    }

    /** What was typed, checked: the field names with a message key each, empty when all is well. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            problems.put("name", "activity.error.name");
        }
        if (tooLong(description, 500)) {
            problems.put("description", "activity.error.description");
        }
        if (parsedCost() == null) {
            problems.put("cost", "activity.error.cost");
        }
        if (tooLong(place, 200)) {
            problems.put("place", "activity.error.place");
        }
        if (tooLong(schedule, 200)) {
            problems.put("schedule", "activity.error.schedule");
        }
        List<String> tags = interestTags();
        if (tags.size() > MAX_INTERESTS || tags.stream().anyMatch(tag -> tag.length() > 30)) {
            problems.put("interests", "activity.error.interests");
        }
        return problems;
    }

    /** The cost as money (2 decimals, 0 to {@link #MAX_COST}), or null when it is not one. */
    BigDecimal parsedCost() {
        if (cost == null || cost.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(cost.strip().replace("$", ""));
            if (amount.signum() < 0 || amount.compareTo(MAX_COST) > 0 || amount.stripTrailingZeros().scale() > 2) {
                return null;
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Lower case, trimmed, no empties or repeats: tags match exactly when the coach filters. */
    List<String> interestTags() {
        if (interests == null) {
            return List.of();
        }
        return Arrays.stream(interests.split(",")).map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    Activity toNew(long programId) {
        return Activity.create(programId, name.strip(), emptyToNull(description), parsedCost(), emptyToNull(place),
                emptyToNull(schedule), interestTags());
    }

    Activity applyTo(Activity existing) {
        return new Activity(existing.id(), existing.programId(), name.strip(), emptyToNull(description), parsedCost(),
                emptyToNull(place), emptyToNull(schedule), interestTags(), Boolean.TRUE.equals(active));
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.strip().length() > max;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
