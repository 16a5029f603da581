package org.peerpartners.companion.messaging;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only record of opt-ins and opt-outs per channel address, with evidence (an
 * inbound message id, a provider error). {@code channel_identity.opted_out_at} mirrors the
 * latest event for linked addresses; for an address nobody is linked to the ledger alone
 * answers, so an unknown number that sent STOP gets nothing more either.
 */
@Component
public class ConsentLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsentLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void optOut(Channel channel, String address, ConsentSource source, String evidence) {
        Timestamp now = Timestamp.from(clock.instant());
        record(channel, address, "OPT_OUT", source, evidence, now);
        jdbc.sql("""
                UPDATE channel_identity SET opted_out_at = :now
                WHERE channel = :channel AND address = :address AND opted_out_at IS NULL
                """)
                .param("now", now).param("channel", channel.name()).param("address", address).update();
    }

    public void optIn(Channel channel, String address, ConsentSource source, String evidence) {
        Timestamp now = Timestamp.from(clock.instant());
        record(channel, address, "OPT_IN", source, evidence, now);
        jdbc.sql("UPDATE channel_identity SET opted_out_at = NULL WHERE channel = :channel AND address = :address")
                .param("channel", channel.name()).param("address", address).update();
    }

    /** True when the latest consent event for the address is an opt-out. */
    public boolean isOptedOut(Channel channel, String address) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM channel_identity
                               WHERE channel = :channel AND address = :address AND opted_out_at IS NOT NULL)
                    OR coalesce((SELECT kind = 'OPT_OUT' FROM consent_event
                                 WHERE channel = :channel AND address = :address
                                 ORDER BY occurred_at DESC, id DESC LIMIT 1), false)
                """)
                .param("channel", channel.name()).param("address", address)
                .query(Boolean.class).single();
    }

    private void record(Channel channel, String address, String kind, ConsentSource source, String evidence,
            Timestamp now) {
        jdbc.sql("""
                INSERT INTO consent_event (channel, address, participant_id, staff_user_id, kind, source, evidence,
                    occurred_at)
                SELECT :channel, :address, i.participant_id, i.staff_user_id, :kind, :source, :evidence, :now
                FROM (SELECT 1) AS one
                LEFT JOIN channel_identity i ON i.channel = :channel AND i.address = :address
                """)
                .param("channel", channel.name()).param("address", address).param("kind", kind)
                .param("source", source.name()).param("evidence", evidence).param("now", now)
                .update();
    }
}
