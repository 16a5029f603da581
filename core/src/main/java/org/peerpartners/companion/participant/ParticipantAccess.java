package org.peerpartners.companion.participant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see what. A group and its participants' ordinary records (plans, check-ins,
 * budget, enrolment) are open to the group's coach, that coach's supervisor and the
 * program's administrators. Confidential records (intake interviews) and talking as a
 * participant are for the coach and the supervisor only: administrators reach them only
 * through a logged break-glass. Another coach's participant is simply not there for a
 * coach (callers answer 404).
 */
@Component
public class ParticipantAccess {

    private final JdbcClient jdbc;

    ParticipantAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True when the enabled staff member with this sign-in email may see the participant's
     * confidential records or talk as them: their coach or that coach's supervisor.
     */
    public boolean maySee(String staffEmail, long participantId) {
        if (staffEmail == null || staffEmail.isBlank()) {
            return false;
        }
        return jdbc.sql("""
                SELECT EXISTS (
                    SELECT 1 FROM participant p
                    JOIN peer_group g ON g.id = p.group_id
                    JOIN staff_user coach ON coach.id = g.coach_id
                    JOIN staff_user viewer ON lower(viewer.email) = lower(:email) AND viewer.enabled
                    WHERE p.id = :participant
                      AND (viewer.id = coach.id OR (viewer.role = 'SUPERVISOR' AND coach.supervisor_id = viewer.id)))
                """)
                .param("email", staffEmail).param("participant", participantId)
                .query(Boolean.class).single();
    }

    /** True when the staff member may read the group and its members' ordinary records. */
    public boolean mayReadGroup(String staffEmail, long groupId) {
        if (staffEmail == null || staffEmail.isBlank()) {
            return false;
        }
        return jdbc.sql("""
                SELECT EXISTS (
                    SELECT 1 FROM peer_group g
                    JOIN staff_user coach ON coach.id = g.coach_id
                    JOIN staff_user viewer ON lower(viewer.email) = lower(:email) AND viewer.enabled
                    WHERE g.id = :group AND viewer.program_id = g.program_id
                      AND (viewer.role = 'ADMIN' OR viewer.id = coach.id
                           OR (viewer.role = 'SUPERVISOR' AND coach.supervisor_id = viewer.id)))
                """)
                .param("email", staffEmail).param("group", groupId)
                .query(Boolean.class).single();
    }

    /** True when the staff member may read the participant's ordinary (not confidential) records. */
    public boolean mayRead(String staffEmail, long participantId) {
        Long group = jdbc.sql("SELECT group_id FROM participant WHERE id = :id")
                .param("id", participantId).query(Long.class).optional().orElse(null);
        return group != null && mayReadGroup(staffEmail, group);
    }
}
