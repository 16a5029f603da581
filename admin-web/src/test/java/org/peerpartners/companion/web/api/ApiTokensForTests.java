package org.peerpartners.companion.web.api;

import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.web.StaffFixture;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tokens for the {@link StaffFixture} people, issued the way an administrator would. */
final class ApiTokensForTests {

    private final ApiTokens tokens;
    private final JdbcClient jdbc;

    ApiTokensForTests(ApiTokens tokens, JdbcClient jdbc) {
        StaffFixture.load(jdbc);
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** A fresh token for the staff member with this e-mail, acting in their own role. */
    String of(String email) {
        return of(email, role(email));
    }

    String of(String email, Role role) {
        return tokens.issue(staffId(email), "test", role.name(), admin()).token();
    }

    long staffId(String email) {
        return jdbc.sql("SELECT id FROM staff_user WHERE email = ?").param(email).query(Long.class).single();
    }

    long groupId(String name) {
        return jdbc.sql("SELECT id FROM peer_group WHERE name = ? ORDER BY id LIMIT 1").param(name).query(Long.class)
                .single();
    }

    long participantId(String groupName, String firstName) {
        return jdbc.sql("""
                SELECT p.id FROM participant p JOIN peer_group g ON g.id = p.group_id
                WHERE g.name = ? AND p.first_name = ? ORDER BY p.id LIMIT 1""")
                .params(groupName, firstName).query(Long.class).single();
    }

    Actor admin() {
        long id = staffId("alex@example.org");
        long program = jdbc.sql("SELECT program_id FROM staff_user WHERE id = ?").param(id).query(Long.class).single();
        return new Actor(id, program, "Alex Admin", Role.ADMIN);
    }

    private Role role(String email) {
        return Role.valueOf(jdbc.sql("SELECT role FROM staff_user WHERE email = ?").param(email).query(String.class)
                .single());
    }
}
