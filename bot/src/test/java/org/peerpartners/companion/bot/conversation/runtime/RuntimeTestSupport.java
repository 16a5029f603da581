package org.peerpartners.companion.bot.conversation.runtime;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.peerpartners.companion.bot.TestClock;
import org.peerpartners.companion.bot.channel.InboundSink;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.bot.dispatch.Dispatcher;
import org.peerpartners.companion.bot.inbound.InboundWorker;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole message path with the real conversation runtime (the recording stand-in is
 * switched off): store inbound rows as an adapter would, drain the worker, read the
 * outbox. Starts each test on empty tables with the test clock reset.
 */
@SpringBootTest(properties = {"companion.test.recording-handler=false",
        "companion.public-base-url=https://companion.example.org/"})
abstract class RuntimeTestSupport {

    private static final AtomicInteger providerIds = new AtomicInteger();

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected InboundSink sink;
    @Autowired
    protected InboundWorker worker;
    @Autowired
    protected Dispatcher dispatcher;
    @Autowired
    protected JdbcAggregateOperations aggregates;

    protected Fixtures fixtures;
    protected Fixtures.World world;

    @BeforeEach
    void emptyTables() {
        jdbc.sql("""
                TRUNCATE inbound_message, outbound_message, consent_event, rate_limit, conversation_state,
                    channel_identity, program RESTART IDENTITY CASCADE
                """).update();
        clock.reset();
        fixtures = new Fixtures(aggregates, clock);
        world = fixtures.world();
    }

    protected String anaPhone() {
        return world.anaSms().address();
    }

    protected String benChat() {
        return world.benTelegram().address();
    }

    /** Stores the message and processes everything due; returns the inbound row id. */
    protected long send(Channel channel, String address, String text) {
        return send(channel, address, text, null);
    }

    protected long send(Channel channel, String address, String text, String replyTo) {
        String providerId = "in-" + providerIds.incrementAndGet();
        sink.store(List.of(new IncomingMessage(channel, providerId, address, text, List.of(), replyTo,
                clock.instant())));
        while (worker.drain() > 0) {
            // until every stored message is processed
        }
        return jdbc.sql("SELECT id FROM inbound_message WHERE channel = :channel AND provider_id = :id")
                .param("channel", channel.name()).param("id", providerId).query(Long.class).single();
    }

    /** What the bot queued for an address in answer to one inbound message, in order. */
    protected List<String> repliesTo(long inboundId) {
        return jdbc.sql("SELECT body FROM outbound_message WHERE dedup_key LIKE :prefix ORDER BY id")
                .param("prefix", "reply:" + inboundId + ":%").query(String.class).list();
    }

    /** The single reply to an inbound message. */
    protected String reply(long inboundId) {
        List<String> replies = repliesTo(inboundId);
        if (replies.size() != 1) {
            throw new AssertionError("Expected one reply to inbound " + inboundId + ", got " + replies);
        }
        return replies.get(0);
    }

    protected List<Outbound> outbound(String address) {
        return jdbc.sql("""
                SELECT id, channel, address, kind, body, priority, dedup_key FROM outbound_message
                WHERE address = :address ORDER BY id
                """).param("address", address)
                .query((rs, n) -> new Outbound(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        rs.getString("address"), rs.getString("kind"), rs.getString("body"), rs.getInt("priority"),
                        rs.getString("dedup_key")))
                .list();
    }

    protected long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    protected String inboundStatus(long id) {
        return jdbc.sql("SELECT status FROM inbound_message WHERE id = :id").param("id", id).query(String.class)
                .single();
    }

    record Outbound(long id, Channel channel, String address, String kind, String body, int priority,
            String dedupKey) {
    }
}
