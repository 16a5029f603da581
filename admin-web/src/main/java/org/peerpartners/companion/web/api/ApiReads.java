package org.peerpartners.companion.web.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.buddy.BuddyPairing;
import org.peerpartners.companion.buddy.BuddySetRepository;
import org.peerpartners.companion.group.MeetingRepository;
import org.peerpartners.companion.group.MeetingSeriesRepository;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.participant.ParticipantRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * The API's read models, built from core's repositories. Callers check access first; every
 * method here assumes the record may be shown.
 */
@Component
class ApiReads {

    private final JdbcClient jdbc;
    private final ParticipantRepository participants;
    private final MeetingSeriesRepository series;
    private final MeetingRepository meetings;
    private final BuddyPairing pairing;
    private final BuddySetRepository buddySets;
    private final Clock clock;

    ApiReads(JdbcClient jdbc, ParticipantRepository participants, MeetingSeriesRepository series,
            MeetingRepository meetings, BuddyPairing pairing, BuddySetRepository buddySets, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.series = series;
        this.meetings = meetings;
        this.pairing = pairing;
        this.buddySets = buddySets;
        this.clock = clock;
    }

    record MeetingBody(long id, Instant startsAt, Instant endsAt, String place, String status, String skillTopic) {
    }

    record GroupBody(long id, String name, long coachId, String coachName, String timeZone, int members,
            MeetingBody nextMeeting) {
    }

    record SeriesBody(String cadence, LocalDateTime firstStart, int durationMinutes, String place, LocalDate endsOn) {
    }

    record GroupDetailBody(long id, String name, long coachId, String coachName, String timeZone, int members,
            SeriesBody series, List<MeetingBody> upcomingMeetings, List<GroupApi.BuddySetBody> buddySets) {
    }

    record ParticipantBody(long id, long groupId, String firstName, String language, String timeZone, String status,
            BigDecimal monthlyBudget, String currency, LocalDate enrolledOn, LocalDate exitedOn, Instant pausedUntil,
            List<Long> buddies) {
    }

    record SummaryBody(long id, long meetingId, long groupId, Instant builtAt, @JsonRawValue String content) {
    }

    GroupBody group(long groupId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT g.id, g.name, g.coach_id, coach.display_name, g.time_zone,
                       (SELECT count(*) FROM participant p WHERE p.group_id = g.id AND p.status <> 'EXITED') AS members
                FROM peer_group g JOIN staff_user coach ON coach.id = g.coach_id WHERE g.id = :id""")
                .param("id", groupId)
                .query((rs, n) -> new GroupBody(rs.getLong("id"), rs.getString("name"), rs.getLong("coach_id"),
                        rs.getString("display_name"), rs.getString("time_zone"), rs.getInt("members"),
                        meetings.findNext(groupId, now).map(ApiReads::meeting).orElse(null)))
                .single();
    }

    GroupDetailBody groupDetail(long groupId) {
        GroupBody group = group(groupId);
        Instant now = clock.instant();
        SeriesBody seriesBody = series.findByGroupId(groupId)
                .map(s -> new SeriesBody(s.cadence().name(), s.firstStart(), s.durationMinutes(), s.place(), s.endsOn()))
                .orElse(null);
        List<MeetingBody> upcoming = meetings.findByGroupIdAndStartsAtBetweenOrderByStartsAt(groupId, now,
                now.plus(java.time.Duration.ofDays(9 * 7))).stream().map(ApiReads::meeting).toList();
        return new GroupDetailBody(group.id(), group.name(), group.coachId(), group.coachName(), group.timeZone(),
                group.members(), seriesBody, upcoming, pairing.current(groupId).stream().map(GroupApi::body).toList());
    }

    List<ParticipantBody> participants(long groupId) {
        return participants.findByGroupIdOrderByFirstName(groupId).stream().map(this::participant).toList();
    }

    ParticipantBody participant(long participantId) {
        return participant(participants.findById(participantId).orElseThrow(ApiProblems.NotFound::new));
    }

    /**
     * The summary for the group's latest meeting that has one ({@code meeting_summary}, written by
     * the pre-group summary job), as {@code StoredSummaries.latestOfGroup} and the web pick it.
     */
    Optional<SummaryBody> latestSummary(long groupId) {
        return jdbc.sql("""
                SELECT s.id, s.meeting_id, s.group_id, s.built_at, s.content::text AS content
                FROM meeting_summary s JOIN meeting m ON m.id = s.meeting_id
                WHERE s.group_id = :group ORDER BY m.starts_at DESC, s.id DESC LIMIT 1""")
                .param("group", groupId)
                .query((rs, n) -> new SummaryBody(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("group_id"),
                        rs.getObject("built_at", OffsetDateTime.class).toInstant(), rs.getString("content")))
                .optional();
    }

    private ParticipantBody participant(Participant p) {
        return new ParticipantBody(p.id(), p.groupId(), p.firstName(), p.language().getLanguage(), p.timeZone().getId(),
                p.status().name(), p.monthlyAllowance(), p.currency().getCurrencyCode(), p.enrolledOn(), p.exitedOn(),
                p.pausedUntil(), buddySets.findCurrentBuddyIds(p.id(), clock.instant()));
    }

    private static MeetingBody meeting(org.peerpartners.companion.group.Meeting m) {
        return new MeetingBody(m.id(), m.startsAt(), m.endsAt(), m.place(), m.status().name(), m.skillTopic());
    }
}
