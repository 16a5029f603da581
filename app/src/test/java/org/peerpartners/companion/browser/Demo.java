package org.peerpartners.companion.browser;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up the demo program's records for the journeys. */
final class Demo {

    private Demo() {
    }

    /** The demo participant with this first name in a group of this coach. */
    static long participant(JdbcClient jdbc, String firstName, String coachEmail) {
        return jdbc.sql("""
                SELECT p.id FROM participant p JOIN peer_group g ON g.id = p.group_id
                JOIN staff_user s ON s.id = g.coach_id
                WHERE p.first_name = ? AND s.email = ?""")
                .params(firstName, coachEmail).query(Long.class).single();
    }
}
