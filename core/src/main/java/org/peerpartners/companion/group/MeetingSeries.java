package org.peerpartners.companion.group;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
     * The start times of the meetings that take place from {@code fromDay} to {@code toDay}
     * (inclusive), cancelled days left out. Local times are resolved in {@code zone}, so a
     * meeting stays at 6 pm across daylight-saving changes.
     */
    public List<ZonedDateTime> occurrences(LocalDate fromDay, LocalDate toDay, ZoneId zone) {
        List<ZonedDateTime> starts = new ArrayList<>();
        LocalDateTime start = firstStart;
        for (int n = 1; !start.toLocalDate().isAfter(toDay)
                && (endsOn == null || !start.toLocalDate().isAfter(endsOn)); n++) {
            if (!start.toLocalDate().isBefore(fromDay) && !isCancelled(start.toLocalDate())) {
                starts.add(start.atZone(zone));
            }
            start = firstStart.plus(cadence.interval().multipliedBy(n));
        }
        return starts;
    }
}
