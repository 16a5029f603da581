package org.peerpartners.companion.web;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * One program for the admin web tests. Supervisor Sam supervises Coach Carmen (Riverside
 * Tuesday Group, 3 members, meets tomorrow) and Coach Luis (Grupo Esperanza; he reads Spanish); Coach Olga
 * (Lakeside Group) answers to another supervisor, Pat. Alex is the administrator; Dana's
 * account is turned off. Everyone's password is {@link #PASSWORD}.
 */
public final class StaffFixture {

    public static final String PASSWORD = "correct horse battery";

    private StaffFixture() {
    }

    /** Loads the fixture once per database. */
    public static synchronized void load(JdbcClient jdbc) {
        if (jdbc.sql("SELECT count(*) FROM program").query(Long.class).single() > 0) {
            return;
        }
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        long program = id(jdbc, "INSERT INTO program (name, time_zone) VALUES ('Peer Partners — Test', 'America/New_York') RETURNING id");
        staff(jdbc, program, "alex@example.org", "Alex Admin", "ADMIN", null, hash, true);
        long sam = staff(jdbc, program, "sam@example.org", "Sam Rivera", "SUPERVISOR", null, hash, true);
        long pat = staff(jdbc, program, "pat@example.org", "Pat Supervisor", "SUPERVISOR", null, hash, true);
        long carmen = staff(jdbc, program, "carmen@example.org", "Coach Carmen", "COACH", sam, hash, true);
        long luis = staff(jdbc, program, "luis@example.org", "Coach Luis", "COACH", sam, hash, true);
        long olga = staff(jdbc, program, "olga@example.org", "Coach Olga", "COACH", pat, hash, true);
        jdbc.sql("UPDATE staff_user SET language = 'es' WHERE id = ?").param(luis).update();
        staff(jdbc, program, "dana@example.org", "Coach Dana", "COACH", sam, hash, false);

        long riverside = group(jdbc, program, "Riverside Tuesday Group", carmen, "America/New_York");
        group(jdbc, program, "Grupo Esperanza", luis, "America/Chicago");
        group(jdbc, program, "Lakeside Group", olga, "America/New_York");
        for (String name : new String[] {"Ana", "Ben", "Dee"}) {
            jdbc.sql("""
                    INSERT INTO participant (group_id, first_name, time_zone, enrolled_on)
                    VALUES (?, ?, 'America/New_York', DATE '2026-09-01')""").params(riverside, name).update();
        }
        jdbc.sql("""
                INSERT INTO participant (group_id, first_name, time_zone, enrolled_on, exited_on, status)
                VALUES (?, 'Eve', 'America/New_York', DATE '2026-09-01', DATE '2026-10-01', 'EXITED')""")
                .param(riverside).update();
        // last week's meeting (held) and tomorrow's, 18:00 in New York
        meeting(jdbc, riverside, OffsetDateTime.parse("2026-11-17T23:00:00Z"), "HELD");
        meeting(jdbc, riverside, OffsetDateTime.parse("2026-11-24T23:00:00Z"), "SCHEDULED");
        meeting(jdbc, riverside, OffsetDateTime.parse("2026-12-01T23:00:00Z"), "SCHEDULED");
        jdbc.sql("INSERT INTO staff_user (program_id, email, display_name, role, time_zone) VALUES (?, ?, ?, 'COACH', 'UTC')")
                .params(program, "nopassword@example.org", "Coach Without Password").update();
    }

    private static long staff(JdbcClient jdbc, long program, String email, String name, String role, Long supervisor,
            String hash, boolean enabled) {
        return jdbc.sql("""
                INSERT INTO staff_user (program_id, email, display_name, password_hash, role, supervisor_id,
                                        time_zone, enabled)
                VALUES (?, ?, ?, ?, ?, ?, 'America/New_York', ?) RETURNING id""")
                .params(program, email, name, hash, role, supervisor, enabled).query(Long.class).single();
    }

    private static long group(JdbcClient jdbc, long program, String name, long coach, String zone) {
        return jdbc.sql("INSERT INTO peer_group (program_id, name, coach_id, time_zone) VALUES (?, ?, ?, ?) RETURNING id")
                .params(program, name, coach, zone).query(Long.class).single();
    }

    private static void meeting(JdbcClient jdbc, long group, OffsetDateTime start, String status) {
        jdbc.sql("""
                INSERT INTO meeting (group_id, starts_at, ends_at, place, status)
                VALUES (?, ?, ?, 'Riverside Library, Room B', ?)""")
                .params(group, start, start.plusMinutes(90), status).update();
    }

    private static long id(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
