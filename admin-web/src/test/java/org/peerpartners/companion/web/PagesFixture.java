package org.peerpartners.companion.web;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link StaffFixture} plus what the group pages show. In Coach Carmen's Riverside group
 * Ana texts (last on Saturday), Ben uses Telegram (last heard 10 days ago, and one of his
 * messages raised a safety alert nobody has acknowledged), Dee has never written. Ana's
 * invite code is {@code ANA23456}. One inbound message is parked. The program has two
 * activities; another program has one (Coach Zoe's).
 */
public final class PagesFixture {

    private PagesFixture() {
    }

    public static synchronized void load(JdbcClient jdbc) {
        StaffFixture.load(jdbc);
        if (jdbc.sql("SELECT count(*) FROM activity").query(Long.class).single() > 0) {
            return;
        }
        long program = id(jdbc, "SELECT id FROM program WHERE name = 'Peer Partners — Test'");
        long ana = participant(jdbc, "Ana");
        long ben = participant(jdbc, "Ben");
        jdbc.sql("INSERT INTO channel_identity (channel, address, participant_id, linked_at) VALUES ('SMS', '+15550001111', ?, ?)")
                .params(ana, OffsetDateTime.parse("2026-09-02T12:00:00Z")).update();
        jdbc.sql("INSERT INTO channel_identity (channel, address, participant_id, linked_at) VALUES ('TELEGRAM', '900100200', ?, ?)")
                .params(ben, OffsetDateTime.parse("2026-09-02T12:00:00Z")).update();
        inbound(jdbc, "SMS", "+15550001111", "SM1", OffsetDateTime.parse("2026-11-21T14:00:00Z"), "PROCESSED");
        long bens = inbound(jdbc, "TELEGRAM", "900100200", "T1", OffsetDateTime.parse("2026-11-13T14:00:00Z"), "PROCESSED");
        inbound(jdbc, "SMS", "+15559999999", "SM2", OffsetDateTime.parse("2026-11-22T14:00:00Z"), "PARKED");
        jdbc.sql("""
                INSERT INTO safety_alert (participant_id, inbound_message_id, matched, created_at)
                VALUES (?, ?, 'crisis phrase', TIMESTAMPTZ '2026-11-13T14:00:00Z')""").params(ben, bens).update();
        jdbc.sql("INSERT INTO invite_code (code, participant_id, created_at) VALUES ('ANA23456', ?, TIMESTAMPTZ '2026-09-01T12:00:00Z')")
                .param(ana).update();
        activity(jdbc, program, "Walking club", "0", "{outdoors,exercise}");
        activity(jdbc, program, "Bowling night", "8.50", "{games}");
        long other = id(jdbc, "INSERT INTO program (name, time_zone) VALUES ('Elsewhere', 'America/Denver') RETURNING id");
        activity(jdbc, other, "Elsewhere book club", "0", "{reading}");
    }

    public static long participant(JdbcClient jdbc, String firstName) {
        return jdbc.sql("""
                SELECT p.id FROM participant p JOIN peer_group g ON g.id = p.group_id
                WHERE p.first_name = ? AND g.name = 'Riverside Tuesday Group' ORDER BY p.id LIMIT 1""")
                .param(firstName).query(Long.class).single();
    }

    public static long group(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id FROM peer_group WHERE name = ?").param(name).query(Long.class).single();
    }

    public static long activity(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id FROM activity WHERE name = ?").param(name).query(Long.class).single();
    }

    private static long inbound(JdbcClient jdbc, String channel, String address, String providerId, OffsetDateTime at,
            String status) {
        return jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, status, next_attempt_at)
                VALUES (?, ?, ?, 'hello', ?, ?, ?) RETURNING id""")
                .params(channel, providerId, address, at, status, at).query(Long.class).single();
    }

    private static void activity(JdbcClient jdbc, long program, String name, String cost, String interests) {
        jdbc.sql("INSERT INTO activity (program_id, name, cost, place, schedule, interests) VALUES (?, ?, ?::numeric, 'Riverside Park', 'Saturdays 9 am', ?::text[])")
                .params(program, name, cost, interests).update();
    }

    private static long id(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
