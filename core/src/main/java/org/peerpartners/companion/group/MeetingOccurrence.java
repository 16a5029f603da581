package org.peerpartners.companion.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One meeting of a series.
 *
 * @param localDate the meeting's date in the group's time zone (the key cancellations use)
 * @param start when it starts
 * @param end when it ends
 * @param place where it is held
 */
public record MeetingOccurrence(LocalDate localDate, Instant start, Instant end, String place) {

    public MeetingOccurrence {
        Objects.requireNonNull(localDate, "localDate");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(place, "place");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meeting ends after it starts");
        }
    }
}
