package org.peerpartners.companion.scheduler;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.peerpartners.companion.group.MeetingOccurrence;
import org.peerpartners.companion.group.MeetingSeries;
import org.peerpartners.companion.group.MeetingSeriesRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns meeting series into {@code meeting} rows over the planning horizon, so reminders
 * and summaries hang off real meeting ids. For the future part of the horizon the series is
 * the truth: an occurrence it no longer has (a cancelled day, a new time) is marked
 * CANCELLED; past meetings are never touched.
 */
@Component
class SeriesExpansion {

    private final MeetingSeriesRepository series;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SeriesExpansion(MeetingSeriesRepository series, JdbcTemplate jdbc, Clock clock) {
        this.series = series;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Expands the series of these groups (all groups when null); returns the meetings added. */
    int expand(Collection<Long> groupIds, Duration horizon) {
        Instant now = clock.instant();
        Instant until = now.plus(horizon);
        List<MeetingSeries> wanted = groupIds == null ? series.findAll()
                : groupIds.stream().flatMap(id -> series.findByGroupId(id).stream()).toList();
        int added = 0;
        for (MeetingSeries one : wanted) {
            ZoneId zone = ZoneId.of(jdbc.queryForObject("SELECT time_zone FROM peer_group WHERE id = ?", String.class,
                    one.groupId()));
            List<MeetingOccurrence> occurrences = one.schedule(zone).occurrences(now, until);
            Timestamp[] starts = occurrences.stream().map(o -> Timestamp.from(o.start())).toArray(Timestamp[]::new);
            Timestamp[] ends = occurrences.stream().map(o -> Timestamp.from(o.end())).toArray(Timestamp[]::new);
            added += jdbc.update("""
                    INSERT INTO meeting (group_id, series_id, starts_at, ends_at, place)
                    SELECT ?, ?, o.starts_at, o.ends_at, ? FROM unnest(?::timestamptz[], ?::timestamptz[]) AS o(starts_at, ends_at)
                    ON CONFLICT (group_id, starts_at) DO NOTHING
                    """, ps -> {
                        ps.setLong(1, one.groupId());
                        ps.setLong(2, one.id());
                        ps.setString(3, one.place());
                        ps.setArray(4, ps.getConnection().createArrayOf("timestamptz", starts));
                        ps.setArray(5, ps.getConnection().createArrayOf("timestamptz", ends));
                    });
            jdbc.update("""
                    UPDATE meeting SET status = 'CANCELLED'
                    WHERE series_id = ? AND status = 'SCHEDULED' AND starts_at > ? AND starts_at < ?
                      AND starts_at <> ALL (?::timestamptz[])
                    """, ps -> {
                        ps.setLong(1, one.id());
                        ps.setTimestamp(2, Timestamp.from(now));
                        ps.setTimestamp(3, Timestamp.from(until));
                        ps.setArray(4, ps.getConnection().createArrayOf("timestamptz", starts));
                    });
            jdbc.update("""
                    UPDATE meeting SET place = ?, ends_at = starts_at + make_interval(mins => ?)
                    WHERE series_id = ? AND status = 'SCHEDULED' AND starts_at > ?
                      AND (place <> ? OR ends_at <> starts_at + make_interval(mins => ?))
                    """, one.place(), one.durationMinutes(), one.id(), Timestamp.from(now), one.place(),
                    one.durationMinutes());
        }
        return added;
    }
}
