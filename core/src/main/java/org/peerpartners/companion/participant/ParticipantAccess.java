package org.peerpartners.companion.participant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see a participant's records: the coach of their group and that coach's
 * supervisor. Administrators run the program but do not read participants' records
 * (confidential data only through a logged break-glass), and another coach's participant
 * is simply not there for a coach.
 */
@Component
public class ParticipantAccess {

    private final JdbcClient jdbc;

    ParticipantAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the enabled staff member with this sign-in email may see the participant. */
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
}
