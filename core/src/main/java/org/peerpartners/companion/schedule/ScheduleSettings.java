package org.peerpartners.companion.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * When the scheduled messages of CONVERSATION.md go out. The scheduler module binds these
 * from {@code companion.schedule.*}; the defaults are the contract's.
 *
 * @param meetingLeads how long before each meeting a reminder goes (24 h and 2 h)
 * @param activityLead how long before a timed plan item its reminder goes (60 min)
 * @param checkInDelay how long after a timed plan item the check-in prompt goes (3 h)
 * @param morning the local time of "morning" messages: check-in prompts for untimed items,
 *        plan recaps, the monthly budget message (then moved out of quiet hours if needed)
 * @param freshFor how long a message that is not tied to an event start stays worth sending
 *        after its first due time (check-in prompt, plan recap, monthly budget)
 * @param maxLateness a row the sweep finds later than this after its due time (the
 *        scheduler was down) is dropped instead of sent, so a restart sends no burst
 * @param horizon how far ahead meetings are expanded and messages planned (8 weeks)
 */
public record ScheduleSettings(
        List<Duration> meetingLeads,
        Duration activityLead,
        Duration checkInDelay,
        LocalTime morning,
        Duration freshFor,
        Duration maxLateness,
        Duration horizon) {

    public static final ScheduleSettings DEFAULTS = new ScheduleSettings(
            List.of(Duration.ofHours(24), Duration.ofHours(2)), Duration.ofMinutes(60), Duration.ofHours(3),
            LocalTime.of(9, 30), Duration.ofHours(12), Duration.ofHours(3), Duration.ofDays(56));

    public ScheduleSettings {
        meetingLeads = List.copyOf(Objects.requireNonNull(meetingLeads, "meetingLeads"));
        Objects.requireNonNull(activityLead, "activityLead");
        Objects.requireNonNull(checkInDelay, "checkInDelay");
        Objects.requireNonNull(morning, "morning");
        Objects.requireNonNull(freshFor, "freshFor");
        Objects.requireNonNull(maxLateness, "maxLateness");
        Objects.requireNonNull(horizon, "horizon");
        for (Duration lead : meetingLeads) {
            positive("meetingLeads", lead);
        }
        positive("activityLead", activityLead);
        positive("checkInDelay", checkInDelay);
        positive("freshFor", freshFor);
        positive("maxLateness", maxLateness);
        positive("horizon", horizon);
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
