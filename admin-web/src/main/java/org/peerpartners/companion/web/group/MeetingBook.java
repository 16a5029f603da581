package org.peerpartners.companion.web.group;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.group.AttendanceStatus;
import org.peerpartners.companion.group.Meeting;
import org.peerpartners.companion.group.MeetingRepository;
import org.peerpartners.companion.group.MeetingSeriesRepository;
import org.peerpartners.companion.group.MeetingStatus;
import org.peerpartners.companion.participant.ParticipantRepository;
import org.peerpartners.companion.participant.ParticipantStatus;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened at a meeting (attendance) and what it will be about (the skill
 * topic). A meeting is named by its start; one of the series that has no row yet gets one
 * the first time something is recorded about it. Every change is audited.
 */
@Component
class MeetingBook {

    static final int MAX_TOPIC_LENGTH = 120;

    private final MeetingRepository meetings;
    private final MeetingSeriesRepository series;
    private final ParticipantRepository participants;
    private final AuditLog audit;
    private final Clock clock;

    MeetingBook(MeetingRepository meetings, MeetingSeriesRepository series, ParticipantRepository participants,
            AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.series = series;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** Thrown for a form the coach can fix; the page says which. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    /**
     * @param marks participant id to status; members left out keep what was recorded
     * @throws NoSuchElementException when the group has no meeting starting then
     * @throws Refused when the meeting has not started yet or a mark names a non-member
     */
    @Transactional
    Meeting recordAttendance(long groupId, ZoneId zone, Instant startsAt, Map<Long, AttendanceStatus> marks,
            StaffPrincipal staff) {
        if (startsAt.isAfter(clock.instant())) {
            throw new Refused("group.attendance.notYet");
        }
        Set<Long> members = participants.findByGroupIdOrderByFirstName(groupId).stream()
                .filter(p -> p.status() != ParticipantStatus.EXITED).map(p -> p.id()).collect(Collectors.toSet());
        if (!members.containsAll(marks.keySet())) {
            throw new Refused("group.attendance.notMember");
        }
        Meeting meeting = findOrCreate(groupId, zone, startsAt);
        for (var mark : marks.entrySet()) {
            meeting = meeting.withAttendance(mark.getKey(), mark.getValue());
        }
        if (meeting.status() == MeetingStatus.SCHEDULED) {
            meeting = meeting.withStatus(MeetingStatus.HELD);
        }
        Meeting saved = meetings.save(meeting);
        audit.record(staff.staffId(), staff.displayName(), "RECORD_ATTENDANCE", "meeting", saved.id(),
                "group " + groupId + ", " + marks.size() + " marks");
        return saved;
    }

    /** Sets or (when blank) clears the meeting's skill topic. */
    @Transactional
    Meeting setSkillTopic(long groupId, ZoneId zone, Instant startsAt, String topic, StaffPrincipal staff) {
        String cleaned = topic == null || topic.isBlank() ? null : topic.strip();
        if (cleaned != null && cleaned.length() > MAX_TOPIC_LENGTH) {
            throw new Refused("group.topic.tooLong");
        }
        Meeting saved = meetings.save(findOrCreate(groupId, zone, startsAt).withSkillTopic(cleaned));
        audit.record(staff.staffId(), staff.displayName(), "SET_SKILL_TOPIC", "meeting", saved.id(),
                "group " + groupId);
        return saved;
    }

    private Meeting findOrCreate(long groupId, ZoneId zone, Instant startsAt) {
        return meetings.findByGroupIdAndStartsAt(groupId, startsAt).orElseGet(() -> series.findByGroupId(groupId)
                .flatMap(s -> s.schedule(zone).occurrences(startsAt, startsAt.plusSeconds(1)).stream().findFirst()
                        .map(o -> Meeting.schedule(groupId, s.id(), o.start(), o.end(), o.place())))
                .orElseThrow(() -> new NoSuchElementException("No meeting of group " + groupId + " at " + startsAt)));
    }
}
