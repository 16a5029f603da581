package org.peerpartners.companion.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import org.peerpartners.companion.bot.conversation.Effect.Button;

/**
 * Inline-keyboard answers. A pressed button sends its data back as a message, so the data
 * is always something the parser or an open question understands ("DONE 2", "7", "YES").
 */
public final class Buttons {

    private Buttons() {
    }

    /** Done / Partly / Not this time for one plan item (also for the scheduler's check-in prompt). */
    public static List<List<Button>> checkIn(int itemNumber) {
        return List.of(List.of(
                new Button("button.done", List.of(itemNumber), "DONE " + itemNumber),
                new Button("button.partly", List.of(itemNumber), "PARTLY " + itemNumber),
                new Button("button.not-this-time", List.of(itemNumber), "SKIP " + itemNumber)));
    }

    /** 0 to 10 in two rows, and Skip. */
    public static List<List<Button>> rating() {
        List<Button> low = new ArrayList<>();
        List<Button> high = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            (i <= 5 ? low : high).add(new Button("button.number", List.of(i), Integer.toString(i)));
        }
        return List.of(low, high, List.of(skipButton()));
    }

    public static List<List<Button>> skip() {
        return List.of(List.of(skipButton()));
    }

    public static List<List<Button>> yesNo() {
        return List.of(List.of(new Button("button.yes-share", List.of(), "YES"),
                new Button("button.no-private", List.of(), "NO")));
    }

    private static Button skipButton() {
        return new Button("button.skip", List.of(), "SKIP");
    }
}
