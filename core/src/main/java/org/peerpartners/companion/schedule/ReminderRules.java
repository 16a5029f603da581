package org.peerpartners.companion.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time rules of CONVERSATION.md "Scheduled messages", pure: given a person's zone and
 * quiet hours and an event (a meeting, a plan item, a month), when each message is due,
 * when it goes stale, and why.
 *
 * <p>Local times ({@code planned_on}/{@code planned_time} of a plan item, "morning") are
 * read in the participant's zone with {@link ZonedDateTime#of}: a time inside a
 * spring-forward gap moves later by the gap, a time in a fall-back overlap takes the earlier
 * instant. Leads before an event ("24 h before") are real durations, so across a clock
 * change the local time of the reminder shifts by the hour the clock moved.
 *
 * <p>A message whose due time falls in quiet hours moves to the end of them; if that is at
 * or after its stale time (an activity reminder moved past the activity's start), it is
 * planned as dropped, with the reason.
 */
public final class ReminderRules {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ScheduleSettings settings;

    public ReminderRules(ScheduleSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ScheduleSettings settings() {
        return settings;
    }

    /** One reminder per configured lead (24 h and 2 h), stale once the meeting starts. */
    public List<PlannedMessage> meetingReminders(Recipient to, long meetingId, Instant start) {
        List<PlannedMessage> planned = new ArrayList<>();
        for (Duration lead : settings.meetingLeads()) {
            String leadText = lead.toMinutes() % 60 == 0 ? lead.toHours() + "h" : lead.toMinutes() + "m";
            String key = ScheduledKind.MEETING_REMINDER.key() + "-" + leadText + ":" + meetingId + ":" + to.participantId();
            planned.add(place(ScheduledKind.MEETING_REMINDER, to, key, start.minus(lead), start,
                    leadText + " before the meeting", Map.of("meetingId", Long.toString(meetingId), "lead", leadText)));
        }
        return planned;
    }

    /** Before a plan item that has a day and a time; none for an untimed item. */
    public Optional<PlannedMessage> activityReminder(Recipient to, long itemId, LocalDate day, LocalTime time) {
        if (day == null || time == null) {
            return Optional.empty();
        }
        Instant start = ZonedDateTime.of(day, time, to.zone()).toInstant();
        String key = ScheduledKind.ACTIVITY_REMINDER.key() + ":" + itemId + ":" + to.participantId();
        return Optional.of(place(ScheduledKind.ACTIVITY_REMINDER, to, key, start.minus(settings.activityLead()), start,
                settings.activityLead().toMinutes() + " min before the activity", Map.of("itemId", Long.toString(itemId))));
    }

    /**
     * After a timed plan item ({@code checkInDelay} after its start), or the next morning for
     * an item with a day but no time; none for an item with no day.
     */
    public Optional<PlannedMessage> checkInPrompt(Recipient to, long itemId, LocalDate day, LocalTime time) {
        if (day == null) {
            return Optional.empty();
        }
        String key = ScheduledKind.CHECK_IN_PROMPT.key() + ":" + itemId + ":" + to.participantId();
        Instant due;
        String why;
        if (time != null) {
            due = ZonedDateTime.of(day, time, to.zone()).toInstant().plus(settings.checkInDelay());
            why = settings.checkInDelay().toMinutes() + " min after the activity";
        } else {
            due = morningOf(day.plusDays(1), to.zone());
            why = "the morning after the planned day";
        }
        return Optional.of(place(ScheduledKind.CHECK_IN_PROMPT, to, key, due, due.plus(settings.freshFor()), why,
                Map.of("itemId", Long.toString(itemId))));
    }

    /** The morning after the meeting (the day after its local end date, in the participant's zone). */
    public PlannedMessage planRecap(Recipient to, long meetingId, Instant meetingEnd) {
        LocalDate day = meetingEnd.atZone(to.zone()).toLocalDate().plusDays(1);
        Instant due = morningOf(day, to.zone());
        String key = ScheduledKind.PLAN_RECAP.key() + ":" + meetingId + ":" + to.participantId();
        return place(ScheduledKind.PLAN_RECAP, to, key, due, due.plus(settings.freshFor()), "the morning after the meeting",
                Map.of("meetingId", Long.toString(meetingId)));
    }

    /** Halfway between the end of one meeting and the start of the next, stale once the next starts. */
    public Optional<PlannedMessage> buddyNudge(Recipient to, long meetingId, Instant meetingEnd, Instant nextStart) {
        if (nextStart == null || !nextStart.isAfter(meetingEnd)) {
            return Optional.empty();
        }
        Instant due = meetingEnd.plus(Duration.between(meetingEnd, nextStart).dividedBy(2));
        String key = ScheduledKind.BUDDY_NUDGE.key() + ":" + meetingId + ":" + to.participantId();
        return Optional.of(place(ScheduledKind.BUDDY_NUDGE, to, key, due, nextStart, "halfway between meetings",
                Map.of("meetingId", Long.toString(meetingId))));
    }

    /** The first day of the month, in the morning: the new allowance and last month's total. */
    public PlannedMessage monthlyBudget(Recipient to, YearMonth month) {
        Instant due = morningOf(month.atDay(1), to.zone());
        String key = ScheduledKind.MONTHLY_BUDGET.key() + ":" + month + ":" + to.participantId();
        return place(ScheduledKind.MONTHLY_BUDGET, to, key, due, due.plus(settings.freshFor()),
                "the first day of the month", Map.of("month", month.toString()));
    }

    private Instant morningOf(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, settings.morning(), zone).toInstant();
    }

    private PlannedMessage place(ScheduledKind kind, Recipient to, String key, Instant due, Instant stale, String why,
            Map<String, String> payload) {
        Instant moved = to.quietHours().adjust(due, to.zone());
        String local = LOCAL.format(due.atZone(to.zone()));
        if (moved.equals(due)) {
            return new PlannedMessage(kind, to.participantId(), key, due, due, stale, false,
                    "scheduled " + why + " (" + local + " " + to.zone().getId() + ")", payload);
        }
        String movedLocal = LOCAL.format(moved.atZone(to.zone()));
        if (stale != null && !moved.isBefore(stale)) {
            return new PlannedMessage(kind, to.participantId(), key, due, moved, stale, true,
                    "dropped: due " + local + " in quiet hours, which end at " + movedLocal + "; by then "
                            + kind.staleReason(), payload);
        }
        return new PlannedMessage(kind, to.participantId(), key, due, moved, stale, false,
                "moved out of quiet hours from " + local + " to " + movedLocal + " " + to.zone().getId()
                        + " (scheduled " + why + ")", payload);
    }
}
