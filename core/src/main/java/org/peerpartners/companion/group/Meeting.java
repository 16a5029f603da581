package org.peerpartners.companion.group;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * One meeting of a group, usually an occurrence of its series (then {@code seriesId} is
 * set), with who attended.
 */
public record Meeting(
        @Id Long id,
        Long groupId,
        Long seriesId,
        Instant startsAt,
        Instant endsAt,
        String place,
        MeetingStatus status,
        String skillTopic,
        @MappedCollection(idColumn = "meeting_id") Set<Attendance> attendance) {

    public Meeting {
        attendance = attendance == null ? Set.of() : Set.copyOf(attendance);
    }

    public static Meeting schedule(Long groupId, Long seriesId, Instant startsAt, Instant endsAt, String place) {
        return new Meeting(null, groupId, seriesId, startsAt, endsAt, place, MeetingStatus.SCHEDULED, null, Set.of());
    }

    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(id, groupId, seriesId, startsAt, endsAt, place, newStatus, skillTopic, attendance);
    }

    public Meeting withSkillTopic(String topic) {
        return new Meeting(id, groupId, seriesId, startsAt, endsAt, place, status, topic, attendance);
    }

    /** Records (or corrects) one participant's attendance. */
    public Meeting withAttendance(Long participantId, AttendanceStatus attended) {
        Set<Attendance> changed = new HashSet<>(attendance);
        changed.removeIf(a -> a.participantId().equals(participantId));
        changed.add(new Attendance(participantId, attended));
        return new Meeting(id, groupId, seriesId, startsAt, endsAt, place, status, skillTopic, changed);
    }

    public Optional<AttendanceStatus> attendanceOf(Long participantId) {
        return attendance.stream().filter(a -> a.participantId().equals(participantId))
                .map(Attendance::status).findFirst();
    }
}
