package org.peerpartners.companion.web.group;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.peerpartners.companion.buddy.BuddyMember;
import org.peerpartners.companion.buddy.BuddySetRepository;
import org.peerpartners.companion.group.MeetingSeriesRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one group for its page: members with status and linked channel types (never the
 * numbers or chat ids), the meeting series, recent and coming meetings with attendance and
 * skill topics, and the current buddy sets.
 *
 * <p>A meeting of the series may not have a row yet (rows are written when something is
 * recorded about it); the page merges the series' occurrences with the stored rows.
 */
@Component
class GroupPage {

    static final Duration LOOK_BACK = Duration.ofDays(6 * 7);
    static final Duration LOOK_AHEAD = Duration.ofDays(8 * 7);
    static final int PAST_SHOWN = 4;
    static final int UPCOMING_SHOWN = 4;

    private final JdbcClient jdbc;
    private final MeetingSeriesRepository series;
    private final BuddySetRepository buddies;
    private final Clock clock;

    GroupPage(JdbcClient jdbc, MeetingSeriesRepository series, BuddySetRepository buddies, Clock clock) {
        this.jdbc = jdbc;
        this.series = series;
        this.buddies = buddies;
        this.clock = clock;
    }

    record Group(long id, String name, String coachName, ZoneId timeZone) {
    }

    record Member(long id, String firstName, String status, String language, List<String> channels, boolean paused) {
    }

    /** The series in the group's zone: the first local start gives the weekday and the time. */
    record Series(String cadence, ZonedDateTime firstStart, int durationMinutes, String place) {
    }

    /**
     * @param meetingId null when nothing has been recorded about this meeting yet
     * @param attendance participant id to PRESENT / ABSENT / EXCUSED
     */
    record MeetingView(Instant startsAt, ZonedDateTime localStart, String place, String status, String skillTopic,
            Long meetingId, Map<Long, String> attendance) {

        /** The key the forms post back (epoch seconds: short, exact, no time-zone parsing). */
        public long key() {
            return startsAt.getEpochSecond();
        }
    }

    record Meetings(List<MeetingView> past, List<MeetingView> upcoming) {
    }

    Optional<Group> group(long groupId) {
        return jdbc.sql("""
                SELECT g.id, g.name, g.time_zone, coach.display_name FROM peer_group g
                JOIN staff_user coach ON coach.id = g.coach_id WHERE g.id = :id AND g.archived_at IS NULL""")
                .param("id", groupId)
                .query((row, n) -> new Group(row.getLong("id"), row.getString("name"), row.getString("display_name"),
                        ZoneId.of(row.getString("time_zone"))))
                .optional();
    }

    /** Everyone not exited, by first name; channel types are those linked now. */
    List<Member> members(long groupId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT p.id, p.first_name, p.status, p.language, p.paused_until,
                       (SELECT string_agg(DISTINCT ci.channel, ',' ORDER BY ci.channel) FROM channel_identity ci
                         WHERE ci.participant_id = p.id AND ci.unlinked_at IS NULL) AS channels
                FROM participant p WHERE p.group_id = :group AND p.status <> 'EXITED'
                ORDER BY lower(p.first_name), p.id""")
                .param("group", groupId)
                .query((row, n) -> {
                    String channels = row.getString("channels");
                    OffsetDateTime paused = row.getObject("paused_until", OffsetDateTime.class);
                    return new Member(row.getLong("id"), row.getString("first_name"), row.getString("status"),
                            row.getString("language"),
                            channels == null ? List.of() : Arrays.asList(channels.split(",")),
                            paused != null && paused.toInstant().isAfter(now));
                })
                .list();
    }

    Optional<Series> series(Group group) {
        return series.findByGroupId(group.id()).map(s -> new Series(s.cadence().name(),
                s.firstStart().atZone(group.timeZone()), s.durationMinutes(), s.place()));
    }

    Meetings meetings(Group group) {
        Instant now = clock.instant();
        Instant from = now.minus(LOOK_BACK);
        Instant to = now.plus(LOOK_AHEAD);
        Map<Instant, MeetingView> byStart = new TreeMap<>();
        series.findByGroupId(group.id()).map(s -> s.schedule(group.timeZone()))
                .ifPresent(schedule -> schedule.occurrences(from, to).forEach(o -> byStart.put(o.start(),
                        new MeetingView(o.start(), o.start().atZone(group.timeZone()), o.place(), "SCHEDULED", null,
                                null, Map.of()))));
        Map<Long, Map<Long, String>> attendance = new HashMap<>();
        jdbc.sql("""
                SELECT a.meeting_id, a.participant_id, a.status FROM attendance a
                JOIN meeting m ON m.id = a.meeting_id
                WHERE m.group_id = :group AND m.starts_at >= :from AND m.starts_at < :to""")
                .param("group", group.id()).param("from", utc(from)).param("to", utc(to))
                .query(row -> {
                    attendance.computeIfAbsent(row.getLong("meeting_id"), k -> new HashMap<>())
                            .put(row.getLong("participant_id"), row.getString("status"));
                });
        jdbc.sql("""
                SELECT id, starts_at, place, status, skill_topic FROM meeting
                WHERE group_id = :group AND starts_at >= :from AND starts_at < :to""")
                .param("group", group.id()).param("from", utc(from)).param("to", utc(to))
                .query(row -> {
                    Instant start = row.getObject("starts_at", OffsetDateTime.class).toInstant();
                    long id = row.getLong("id");
                    byStart.put(start, new MeetingView(start, start.atZone(group.timeZone()), row.getString("place"),
                            row.getString("status"), row.getString("skill_topic"), id,
                            attendance.getOrDefault(id, Map.of())));
                });
        List<MeetingView> past = new ArrayList<>();
        List<MeetingView> upcoming = new ArrayList<>();
        byStart.values().forEach(m -> (m.startsAt().isAfter(now) ? upcoming : past).add(m));
        past.removeIf(m -> "CANCELLED".equals(m.status()));
        past.sort(Comparator.comparing(MeetingView::startsAt).reversed());
        return new Meetings(past.subList(0, Math.min(PAST_SHOWN, past.size())),
                upcoming.subList(0, Math.min(UPCOMING_SHOWN, upcoming.size())));
    }

    /** The active buddy sets as lists of member ids, in the order they were made. */
    List<List<Long>> buddySets(long groupId) {
        return buddies.findActiveInGroup(groupId, clock.instant()).stream()
                .map(set -> set.members().stream().map(BuddyMember::participantId).sorted().toList())
                .toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
