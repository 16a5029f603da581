package org.peerpartners.companion.summary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stored summaries back. Callers check access by the summary's group first. */
@Component
public class StoredSummaries {

    private final JdbcClient jdbc;

    StoredSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A stored summary.
     *
     * @param noticeStatus PENDING, QUEUED or SKIPPED (see {@code noticeReason})
     */
    public record Stored(long id, long meetingId, long groupId, Instant builtAt, String noticeStatus,
            String noticeReason, PreGroupSummary content) {
    }

    public Optional<Stored> find(long summaryId) {
        return jdbc.sql("""
                SELECT id, meeting_id, group_id, built_at, notice_status, notice_reason, content::text AS content
                FROM meeting_summary WHERE id = :id""")
                .param("id", summaryId)
                .query((row, n) -> new Stored(row.getLong("id"), row.getLong("meeting_id"), row.getLong("group_id"),
                        row.getObject("built_at", OffsetDateTime.class).toInstant(), row.getString("notice_status"),
                        row.getString("notice_reason"), SummaryJson.read(row.getString("content"))))
                .optional();
    }

    /** The id of the group's summary for its latest meeting that has one. */
    public Optional<Long> latestOfGroup(long groupId) {
        return jdbc.sql("""
                SELECT s.id FROM meeting_summary s JOIN meeting m ON m.id = s.meeting_id
                WHERE s.group_id = :group ORDER BY m.starts_at DESC, s.id DESC LIMIT 1""")
                .param("group", groupId).query(Long.class).optional();
    }
}
