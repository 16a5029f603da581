package org.peerpartners.companion.group;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A group's recurring meeting (a {@code meeting_series} row with its cancellations), turned
 * into concrete meetings.
 *
 * <p><b>Wall-clock time.</b> Meetings keep their local time across daylight-saving changes:
 * a 6 pm meeting is at 6 pm local in winter and in summer, so its UTC instant moves by an
 * hour. If the local start falls in a spring-forward gap (say 2:30 am on the night clocks
 * jump from 2:00 to 3:00), that meeting starts later by the length of the gap (3:30 am),
 * which is {@link ZonedDateTime#of}'s rule; in a fall-back overlap the earlier of the two
 * instants is used. The end is {@code duration} after the start in real time.
 *
 * @param cadence weekly or every two weeks
 * @param firstStart the first meeting's local date and time in {@code zone}
 * @param zone the group's time zone
 * @param duration how long each meeting lasts (the program's meetings are 90 minutes)
 * @param place where the meetings are held
 * @param cancelled local dates on which the meeting does not take place
 * @param endsOn the last local date a meeting may fall on (inclusive), or null for no end
 */
public record MeetingSchedule(
        Cadence cadence,
        LocalDateTime firstStart,
        ZoneId zone,
        Duration duration,
        String place,
        Set<LocalDate> cancelled,
        LocalDate endsOn) {

    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(90);

    public MeetingSchedule {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(firstStart, "firstStart");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(place, "place");
        duration = duration == null ? DEFAULT_DURATION : duration;
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A meeting lasts some time: " + duration);
        }
        cancelled = cancelled == null ? Set.of() : Set.copyOf(cancelled);
    }

    /** A series of 90-minute meetings with no cancellations and no end. */
    public MeetingSchedule(Cadence cadence, LocalDateTime firstStart, ZoneId zone, String place) {
        this(cadence, firstStart, zone, DEFAULT_DURATION, place, Set.of(), null);
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(endsOn);
    }

    /** The meetings that start in {@code [from, to)}, in order, cancelled ones left out. */
    public List<MeetingOccurrence> occurrences(Instant from, Instant to) {
        List<MeetingOccurrence> found = new ArrayList<>();
        for (long index = firstIndexNear(from); ; index++) {
            LocalDate date = dateOf(index);
            if (endsOn != null && date.isAfter(endsOn)) {
                return found;
            }
            MeetingOccurrence meeting = occurrence(date);
            if (!meeting.start().isBefore(to)) {
                return found;
            }
            if (!meeting.start().isBefore(from) && !cancelled.contains(date)) {
                found.add(meeting);
            }
        }
    }

    /** The first meeting that starts strictly after {@code after}, if the series has one. */
    public Optional<MeetingOccurrence> next(Instant after) {
        // Only cancellations can be skipped, and there are finitely many of them.
        long lastCandidate = firstIndexNear(after) + cancelled.size() + 2;
        for (long index = firstIndexNear(after); index <= lastCandidate; index++) {
            LocalDate date = dateOf(index);
            if (endsOn != null && date.isAfter(endsOn)) {
                return Optional.empty();
            }
            MeetingOccurrence meeting = occurrence(date);
            if (meeting.start().isAfter(after) && !cancelled.contains(date)) {
                return Optional.of(meeting);
            }
        }
        return Optional.empty();
    }

    private LocalDate dateOf(long index) {
        return firstStart.toLocalDate().plusWeeks(index * cadence.weeks());
    }

    private MeetingOccurrence occurrence(LocalDate date) {
        Instant start = ZonedDateTime.of(date, firstStart.toLocalTime(), zone).toInstant();
        return new MeetingOccurrence(date, start, start.plus(duration), place);
    }

    /**
     * An index at or just before the first meeting that can start at {@code instant}, so a
     * window years after the first meeting is found without walking every week since.
     * One step back covers a meeting late in the day whose date differs from the instant's.
     */
    private long firstIndexNear(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        long weeks = ChronoUnit.WEEKS.between(firstStart.toLocalDate(), day);
        return Math.max(0, Math.floorDiv(weeks, cadence.weeks()) - 1);
    }
}
