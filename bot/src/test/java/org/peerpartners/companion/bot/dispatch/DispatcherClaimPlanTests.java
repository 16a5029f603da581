package org.peerpartners.companion.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerpartners.companion.bot.PipelineTestSupport;

/**
 * The dispatcher's claim walks the due index in order and stops at the batch size, whatever
 * the statistics say, when a burst (a reminder to every group) has queued many messages.
 * Measured before, on a new installation's first burst: every due row fetched and sorted on
 * each poll, 50 ms with 44,000 queued and growing with the queue.
 */
class DispatcherClaimPlanTests extends PipelineTestSupport {

    @Test
    void walksTheDueIndexInOrderOnANewInstallationsFirstBurst() {
        jdbc.sql("DELETE FROM pg_statistic WHERE starelid = 'outbound_message'::regclass").update();
        queueBurst();

        assertClaimWalksTheDueIndex();
    }

    @ParameterizedTest
    @ValueSource(ints = {50000, 1000, 10})
    void walksTheDueIndexInOrderEvenWithStatisticsFromAQuietTime(int oneInThisManyQueued) {
        jdbc.sql("""
                INSERT INTO outbound_message (channel, address, kind, body, priority, status, next_attempt_at,
                    dedup_key, created_at)
                SELECT CASE WHEN n % 2 = 0 THEN 'SMS' ELSE 'TELEGRAM' END, 'quiet-' || n, 'REPLY', 'hi', 1,
                    CASE WHEN n % :share = 0 THEN 'QUEUED' ELSE 'SENT' END, :now, 'quiet-' || n, :now
                FROM generate_series(1, 50000) n
                """).param("share", oneInThisManyQueued).param("now", Timestamp.from(clock.instant())).update();
        jdbc.sql("ANALYZE outbound_message").update();
        queueBurst();

        assertClaimWalksTheDueIndex();
    }

    private void queueBurst() {
        jdbc.sql("""
                INSERT INTO outbound_message (channel, address, kind, body, priority, status, next_attempt_at,
                    dedup_key, created_at)
                SELECT CASE WHEN n % 2 = 0 THEN 'SMS' ELSE 'TELEGRAM' END, 'burst-' || n, 'MEETING_REMINDER',
                    'Group tomorrow', 5, 'QUEUED', :now, 'burst-' || n, :now
                FROM generate_series(1, 20000) n
                """).param("now", Timestamp.from(clock.instant())).update();
    }

    private void assertClaimWalksTheDueIndex() {
        for (List<String> skipped : List.of(List.<String>of(), List.of("SMS"))) {
            List<String> plan = dispatcher.claimPlan(skipped);
            assertThat(plan).as(String.join("\n", plan))
                    .noneMatch(line -> line.contains("Sort"))
                    .anyMatch(line -> line.contains("Index Scan using outbound_message_due_idx"));
        }
    }
}
