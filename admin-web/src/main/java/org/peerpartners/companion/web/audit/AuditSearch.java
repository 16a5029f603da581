package org.peerpartners.companion.web.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.peerpartners.companion.web.security.StaffPrincipal;
import org.peerpartners.companion.web.security.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log for the audit page. An administrator sees every entry; a supervisor
 * the entries by themselves or the coaches they supervise, and those about them, those
 * coaches, those coaches' groups (target type {@code peer_group}) and their participants
 * (target type {@code participant}). So an entry a supervisor should find, e.g. an
 * administrator's break-glass view of an intake, names the participant as its target.
 */
@Component
class AuditSearch {

    static final int PAGE_SIZE = 50;

    record Filter(String actor, String action, String targetType, Long targetId, LocalDate from, LocalDate to, int page) {
    }

    record Entry(long id, Instant occurredAt, String actor, String action, String targetType, Long targetId,
            String detail) {
    }

    record Page(List<Entry> entries, boolean hasNext) {
    }

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page search(StaffPrincipal viewer, Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (viewer.role() != StaffRole.ADMIN) {
            params.put("viewer", viewer.staffId());
            where.add(visibleToSupervisor());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("(a.actor ILIKE :actor OR actor.email ILIKE :actor)");
            params.put("actor", "%" + filter.actor().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add("a.action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.targetType() != null && !filter.targetType().isBlank()) {
            where.add("a.target_type = :targetType");
            params.put("targetType", filter.targetType().strip());
        }
        if (filter.targetId() != null) {
            where.add("a.target_id = :targetId");
            params.put("targetId", filter.targetId());
        }
        ZoneId zone = viewer.timeZone();
        if (filter.from() != null) {
            where.add("a.occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.add("a.occurred_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", (long) Math.max(filter.page(), 0) * PAGE_SIZE);
        String sql = """
                SELECT a.id, a.occurred_at, a.actor, a.action, a.target_type, a.target_id, a.detail
                FROM audit_log a LEFT JOIN staff_user actor ON actor.id = a.actor_id
                """ + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where))
                + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset";
        List<Entry> rows = jdbc.sql(sql).params(params)
                .query((row, n) -> new Entry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"), row.getString("action"), row.getString("target_type"),
                        row.getObject("target_id", Long.class), row.getString("detail")))
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, hasNext);
    }

    /** The actions and target types in the log, for the filter's choices. */
    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action").query(String.class).list();
    }

    List<String> targetTypes() {
        return jdbc.sql("SELECT DISTINCT target_type FROM audit_log ORDER BY target_type").query(String.class).list();
    }

    private static String visibleToSupervisor() {
        String team = "(SELECT id FROM staff_user WHERE id = :viewer OR (supervisor_id = :viewer AND role = 'COACH'))";
        String groups = "(SELECT id FROM peer_group WHERE coach_id IN " + team + ")";
        String participants = "(SELECT id FROM participant WHERE group_id IN " + groups + ")";
        return "(a.actor_id IN " + team
                + " OR (a.target_type = 'staff_user' AND a.target_id IN " + team + ")"
                + " OR (a.target_type = 'peer_group' AND a.target_id IN " + groups + ")"
                + " OR (a.target_type = 'participant' AND a.target_id IN " + participants + "))";
    }
}
