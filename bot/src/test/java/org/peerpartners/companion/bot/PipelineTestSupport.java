package org.peerpartners.companion.bot;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.peerpartners.companion.bot.channel.InboundSink;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.bot.dispatch.Dispatcher;
import org.peerpartners.companion.bot.inbound.InboundWorker;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shared set-up for tests of the message path: one Spring context on a fresh database,
 * emptied before each test, with the test clock, the Telegram stand-in and the recording
 * handler reset, and helpers to create fixture people and drive the workers by hand.
 */
@SpringBootTest
public abstract class PipelineTestSupport {

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected TestTelegramChannel telegram;
    @Autowired
    protected RecordingHandler handler;
    @Autowired
    protected InboundSink sink;
    @Autowired
    protected InboundWorker worker;
    @Autowired
    protected Dispatcher dispatcher;

    private int providerIds;

    @BeforeEach
    void resetPipeline() {
        jdbc.sql("""
                TRUNCATE inbound_message, outbound_message, consent_event, rate_limit, channel_identity,
                    participant, peer_group, staff_user, program RESTART IDENTITY CASCADE
                """).update();
        clock.reset();
        telegram.reset();
        handler.reset();
    }

    /** Creates a participant in a fresh group (with Coach Carmen) and links the address; returns the id. */
    protected long participant(String firstName, String language, Channel channel, String address) {
        long program = jdbc.sql("INSERT INTO program (name, time_zone) VALUES ('Peer Partners', 'America/Chicago') RETURNING id")
                .query(Long.class).single();
        long coach = jdbc.sql("""
                INSERT INTO staff_user (program_id, email, display_name, role, time_zone)
                VALUES (:program, :email, 'Coach Carmen', 'COACH', 'America/Chicago') RETURNING id
                """).param("program", program).param("email", "carmen+" + firstName + "@example.org")
                .query(Long.class).single();
        long group = jdbc.sql("""
                INSERT INTO peer_group (program_id, name, coach_id, time_zone)
                VALUES (:program, 'Tuesday group', :coach, 'America/Chicago') RETURNING id
                """).param("program", program).param("coach", coach).query(Long.class).single();
        long participant = jdbc.sql("""
                INSERT INTO participant (group_id, first_name, language, time_zone, enrolled_on)
                VALUES (:group, :name, :language, 'America/Chicago', DATE '2026-01-05') RETURNING id
                """).param("group", group).param("name", firstName).param("language", language)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO channel_identity (channel, address, participant_id, linked_at)
                VALUES (:channel, :address, :participant, :now)
                """).param("channel", channel.name()).param("address", address).param("participant", participant)
                .param("now", Timestamp.from(clock.instant())).update();
        return participant;
    }

    /** Stores a message as an adapter would; returns its inbound row id. */
    protected long receive(Channel channel, String address, String text) {
        String providerId = "p-" + (++providerIds);
        sink.store(List.of(new IncomingMessage(channel, providerId, address, text, List.of(), null, clock.instant())));
        return jdbc.sql("SELECT id FROM inbound_message WHERE channel = :channel AND provider_id = :providerId")
                .param("channel", channel.name()).param("providerId", providerId).query(Long.class).single();
    }

    /** Processes every due inbound message, then sends every due outbound one. */
    protected void runWorkers() {
        while (worker.drain() > 0) {
            // until the log is empty
        }
        while (dispatcher.dispatchOnce() > 0) {
            // until nothing is due
        }
    }

    /** Bodies of the outbound rows the sandbox sent to an address, oldest first. */
    protected List<String> sentTo(Channel channel, String address) {
        return jdbc.sql("""
                SELECT body FROM outbound_message
                WHERE channel = :channel AND address = :address AND status IN ('SENT', 'DELIVERED') ORDER BY id
                """).param("channel", channel.name()).param("address", address).query(String.class).list();
    }

    protected String rowStatus(String table, long id) {
        return jdbc.sql("SELECT status FROM " + table + " WHERE id = :id").param("id", id).query(String.class).single();
    }

    protected Instant nextAttempt(String table, long id) {
        return jdbc.sql("SELECT next_attempt_at FROM " + table + " WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }
}
