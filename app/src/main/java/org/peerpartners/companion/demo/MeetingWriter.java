package org.peerpartners.companion.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;

import org.peerpartners.companion.demo.DemoContent.Group;

/**
 * A group's meeting series and its occurrences around now: the last few held (with
 * attendance) and the next ones scheduled, at the local time in the group's zone.
 */
final class MeetingWriter {

    private static final int DURATION_MINUTES = 90;

    private final Sql sql;
    private final Instant now;
    private final ZoneId zone;
    private final Group group;

    MeetingWriter(Sql sql, Instant now, ZoneId zone, Group group) {
        this.sql = sql;
        this.now = now;
        this.zone = zone;
        this.group = group;
    }

    void write(long groupId, LocalDate firstMeeting, long[] participants, int quiet) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDateTime first = firstMeeting.atTime(group.meetingTime());
        Period every = Period.ofWeeks(group.weekly() ? 1 : 2);
        long series = sql.id("""
                INSERT INTO meeting_series (group_id, cadence, first_start, duration_minutes, place)
                VALUES (?, ?, ?, ?, ?) RETURNING id""",
                groupId, group.weekly() ? "WEEKLY" : "BIWEEKLY", first, DURATION_MINUTES, group.place());
        LocalDate showFrom = today.minusWeeks(4);
        LocalDate showUntil = today.plusWeeks(8);
        int number = 0;
        for (LocalDateTime start = first; !start.toLocalDate().isAfter(showUntil); start = start.plus(every), number++) {
            if (start.toLocalDate().isBefore(showFrom)) {
                continue;
            }
            Instant startsAt = start.atZone(zone).toInstant();
            Instant endsAt = start.plusMinutes(DURATION_MINUTES).atZone(zone).toInstant();
            boolean held = endsAt.isBefore(now);
            long meeting = sql.id("""
                    INSERT INTO meeting (group_id, series_id, starts_at, ends_at, place, status, skill_topic)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                    groupId, series, Sql.at(startsAt), Sql.at(endsAt), group.place(), held ? "HELD" : "SCHEDULED",
                    group.skillTopics().get(number % group.skillTopics().size()));
            if (held) {
                for (int i = 0; i < participants.length; i++) {
                    String status = i == quiet && number % 2 == 1 ? "ABSENT" : i == 5 && number % 3 == 0 ? "EXCUSED" : "PRESENT";
                    sql.update("INSERT INTO attendance (meeting_id, participant_id, status) VALUES (?, ?, ?)",
                            meeting, participants[i], status);
                }
            }
        }
    }
}
