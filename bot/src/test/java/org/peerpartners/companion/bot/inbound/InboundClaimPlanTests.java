package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbound claim must keep its plan when the table's statistics are stale, the usual
 * case at the start of a burst: statistics are taken while almost nothing waits, then
 * thousands of messages arrive within a minute. Measured before this was so: the planner,
 * believing almost nothing waited, checked each candidate's sender by scanning every waiting
 * message (10 million buffer reads, 11 s per claim of 500), or sorted every waiting message
 * before taking the first 500; the backlog then grew faster than it was answered.
 */
class InboundClaimPlanTests extends PipelineTestSupport {

    @Autowired
    InboundLog inbound;

    @ParameterizedTest
    @ValueSource(ints = {50000, 1000, 10})
    void walksTheWaitingInOrderAndLooksUpEachSenderByIndexEvenWithStatisticsFromAQuietTime(int oneInThisManyWaiting) {
        // a quiet time: 50,000 messages, few or none of them waiting when the statistics are taken
        jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, next_attempt_at,
                    status)
                SELECT 'SMS', 'quiet-' || n, '+1555' || n, 'quiet', :now, :now,
                    CASE WHEN n % :share = 0 THEN 'RECEIVED' ELSE 'PROCESSED' END
                FROM generate_series(1, 50000) n
                """).param("share", oneInThisManyWaiting).param("now", Timestamp.from(clock.instant())).update();
        jdbc.sql("ANALYZE inbound_message").update();
        jdbc.sql("""
                INSERT INTO inbound_message (channel, provider_id, sender_address, body, received_at, next_attempt_at)
                SELECT 'SMS', 'burst-' || n, '+1666' || (n % 5000), 'burst', :now, :now
                FROM generate_series(1, 20000) n
                """).param("now", Timestamp.from(clock.instant())).update();

        List<String> plan = inbound.claimPlan(500);

        assertThat(plan).as(String.join("\n", plan))
                .noneMatch(line -> line.contains("Sort"))
                .noneMatch(line -> line.contains("Seq Scan"))
                .anyMatch(line -> line.contains("Index Scan using inbound_message_pending_idx"));
        assertThat(plan).as(String.join("\n", plan))
                .filteredOn(line -> line.contains("inbound_message e"))
                .singleElement().satisfies(line -> assertThat(line).contains("waiting_sender_idx"));
        assertThat(String.join("\n", plan)).as(String.join("\n", plan))
                .containsPattern("Index Cond: \\(\\(channel = m\\.channel\\) AND \\(sender_address = m\\.sender_address\\)\\)");
        assertThat(worker.drain()).isEqualTo(500);
    }
}
