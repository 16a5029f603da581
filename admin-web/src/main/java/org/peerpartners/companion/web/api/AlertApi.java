package org.peerpartners.companion.web.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open safety alerts of the groups the caller may read, oldest first. */
@RestController
@Tag(name = "Safety alerts")
class AlertApi {

    private final ApiAccess access;
    private final JdbcClient jdbc;

    AlertApi(ApiAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    record AlertBody(long id, long participantId, String firstName, long groupId, String matched, Instant createdAt) {
    }

    @GetMapping("/api/v1/alerts")
    @Operation(summary = "Open (unacknowledged) safety alerts of the caller's groups, oldest first")
    List<AlertBody> open(@AuthenticationPrincipal ApiCaller caller) {
        List<Long> groups = access.visibleGroupIds(caller);
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT a.id, a.participant_id, p.first_name, p.group_id, a.matched, a.created_at
                FROM safety_alert a JOIN participant p ON p.id = a.participant_id
                WHERE a.acknowledged_at IS NULL AND p.group_id IN (:groups)
                ORDER BY a.created_at, a.id""")
                .param("groups", groups)
                .query((rs, n) -> new AlertBody(rs.getLong("id"), rs.getLong("participant_id"),
                        rs.getString("first_name"), rs.getLong("group_id"), rs.getString("matched"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
