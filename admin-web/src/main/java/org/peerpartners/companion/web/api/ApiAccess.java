package org.peerpartners.companion.web.api;

import java.util.List;

import org.peerpartners.companion.participant.ParticipantAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Record-level access for API callers: core's {@link ParticipantAccess} for the token's
 * staff member, narrowed when the token acts in a lower role than its owner has (an
 * administrator's COACH token reaches only groups the administrator coaches).
 */
@Component
class ApiAccess {

    private final ParticipantAccess access;
    private final JdbcClient jdbc;

    ApiAccess(ParticipantAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** @throws ApiProblems.NotFound unless the caller may read the group */
    void requireGroup(ApiCaller caller, long groupId) {
        if (!mayReadGroup(caller, groupId)) {
            throw new ApiProblems.NotFound();
        }
    }

    /** @throws ApiProblems.NotFound unless the caller may read the participant's ordinary records */
    void requireParticipant(ApiCaller caller, long participantId) {
        Long group = jdbc.sql("SELECT group_id FROM participant WHERE id = :id").param("id", participantId)
                .query(Long.class).optional().orElse(null);
        if (group == null || !access.mayRead(caller.email(), participantId) || !narrowedAllows(caller, group)) {
            throw new ApiProblems.NotFound();
        }
    }

    boolean mayReadGroup(ApiCaller caller, long groupId) {
        return access.mayReadGroup(caller.email(), groupId) && narrowedAllows(caller, groupId);
    }

    /** The active groups the caller may read, by name: the same rule as above, in the role the token acts in. */
    List<Long> visibleGroupIds(ApiCaller caller) {
        return jdbc.sql("""
                SELECT g.id FROM peer_group g JOIN staff_user coach ON coach.id = g.coach_id
                WHERE g.archived_at IS NULL AND g.program_id = :program
                  AND (:role = 'ADMIN' OR coach.id = :staff OR (:role = 'SUPERVISOR' AND coach.supervisor_id = :staff))
                ORDER BY g.name, g.id""")
                .param("program", caller.programId()).param("role", caller.role().name())
                .param("staff", caller.staffId())
                .query(Long.class).list();
    }

    private boolean narrowedAllows(ApiCaller caller, long groupId) {
        if (!caller.narrowed()) {
            return true;
        }
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM peer_group g JOIN staff_user coach ON coach.id = g.coach_id
                    WHERE g.id = :group
                      AND (coach.id = :staff OR (:role = 'SUPERVISOR' AND coach.supervisor_id = :staff)))""")
                .param("group", groupId).param("staff", caller.staffId()).param("role", caller.role().name())
                .query(Boolean.class).single();
    }
}
