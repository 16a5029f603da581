package org.peerpartners.companion.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours of a participant's day when the bot stays silent, as local wall-clock times in
 * the participant's zone. A window may cross midnight (the default, 21:00 to 09:00). The
 * start is inside the window, the end is not. {@code start == end} means no quiet hours.
 *
 * <p>Reminders due inside the window move to its end; the sweep re-checks at send time
 * because a participant may change their hours or zone in between.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0));

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether {@code instant} falls in the quiet hours of someone in {@code zone}. */
    public boolean contains(Instant instant, ZoneId zone) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !local.isBefore(start) && local.isBefore(end);
        }
        return !local.isBefore(start) || local.isBefore(end);
    }

    /**
     * When a message due at {@code due} may be sent: {@code due} itself outside quiet hours,
     * otherwise the end of this quiet period, the next time the local clock shows
     * {@code end}. On a day when clocks change, that is still {@code end} on the wall clock
     * (09:00 is 09:00 whether the night was 23 or 25 hours long); an {@code end} that does
     * not exist that day (inside a spring-forward gap) moves later by the gap.
     */
    public Instant adjust(Instant due, ZoneId zone) {
        Objects.requireNonNull(due, "due");
        if (!contains(due, zone)) {
            return due;
        }
        LocalDate day = due.atZone(zone).toLocalDate();
        ZonedDateTime endToday = ZonedDateTime.of(day, end, zone);
        if (endToday.toInstant().isAfter(due)) {
            return endToday.toInstant();
        }
        // In a fall-back overlap the local end happens twice; the second one may still be ahead.
        ZonedDateTime laterEndToday = endToday.withLaterOffsetAtOverlap();
        if (laterEndToday.toInstant().isAfter(due)) {
            return laterEndToday.toInstant();
        }
        return ZonedDateTime.of(day.plusDays(1), end, zone).toInstant();
    }
}
