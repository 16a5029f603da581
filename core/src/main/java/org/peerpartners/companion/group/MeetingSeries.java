package org.peerpartners.companion.group;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A group's recurring meeting: starts at {@code firstStart} (a local date-time in the
 * group's zone) and repeats by the cadence until {@code endsOn}, except on cancelled days.
 * A group has at most one series.
 */
public record MeetingSeries(
        @Id Long id,
        Long groupId,
        Cadence cadence,
        LocalDateTime firstStart,
        int durationMinutes,
        String place,
        LocalDate endsOn,
        @MappedCollection(idColumn = "series_id") Set<MeetingCancellation> cancellations) {

    public MeetingSeries {
        cancellations = cancellations == null ? Set.of() : Set.copyOf(cancellations);
    }

    public static MeetingSeries create(Long groupId, Cadence cadence, LocalDateTime firstStart, int durationMinutes,
            String place) {
        return new MeetingSeries(null, groupId, cadence, firstStart, durationMinutes, place, null, Set.of());
    }

    public MeetingSeries cancel(LocalDate day, String reason) {
        Set<MeetingCancellation> changed = new HashSet<>();
        cancellations.stream().filter(c -> !c.occursOn().equals(day)).forEach(changed::add);
        changed.add(new MeetingCancellation(day, reason));
        return new MeetingSeries(id, groupId, cadence, firstStart, durationMinutes, place, endsOn, changed);
    }

    public MeetingSeries reinstate(LocalDate day) {
        Set<MeetingCancellation> changed = new HashSet<>(cancellations);
        changed.removeIf(c -> c.occursOn().equals(day));
        return new MeetingSeries(id, groupId, cadence, firstStart, durationMinutes, place, endsOn, changed);
    }

    public MeetingSeries endingOn(LocalDate lastDay) {
        return new MeetingSeries(id, groupId, cadence, firstStart, durationMinutes, place, lastDay, cancellations);
    }

    public boolean isCancelled(LocalDate day) {
        return cancellations.stream().anyMatch(c -> c.occursOn().equals(day));
    }

    /**
     * The series as a schedule in the group's zone: the domain rule that turns it into
     * meetings (local time kept across daylight saving, cancelled days left out).
     */
    public MeetingSchedule schedule(ZoneId zone) {
        Set<LocalDate> cancelled = new HashSet<>();
        cancellations.forEach(c -> cancelled.add(c.occursOn()));
        return new MeetingSchedule(cadence, firstStart, zone, Duration.ofMinutes(durationMinutes), place, cancelled,
                endsOn);
    }
}
