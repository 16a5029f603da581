package org.peerpartners.companion.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxTests extends PipelineTestSupport {

    @Autowired
    Outbox outbox;

    @Test
    void storesAMessageOncePerDedupKey() {
        long ana = participant("Ana", "en", Channel.SMS, "+15550000001");
        var reminder = new OutboxEntry(Channel.SMS, "+15550000001", ana, null, "MEETING_REMINDER", "Group tomorrow 6pm",
                Priority.BULK, "meeting-reminder:7:" + ana + ":24h", clock.instant().plus(Duration.ofHours(1)), List.of());

        var first = outbox.enqueue(reminder);
        var second = outbox.enqueue(reminder);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(jdbc.sql("SELECT status || ' ' || priority || ' ' || participant_id FROM outbound_message")
                .query(String.class).single()).isEqualTo("QUEUED 5 " + ana);
        assertThat(nextAttempt("outbound_message", first.orElseThrow())).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void queuesABatchInOneGoSkippingKeysQueuedBefore() {
        long ana = participant("Ana", "en", Channel.SMS, "+15550000001");
        outbox.enqueue(OutboxEntry.text(Channel.SMS, "+15550000009", "REPLY", "earlier", Priority.REPLY, "seen"));
        var buttons = List.of(List.of(new OutboxEntry.Button("Yes \"sure\"", "YES"), new OutboxEntry.Button("No", "NO")));

        int queued = outbox.enqueueAll(List.of(
                new OutboxEntry(Channel.SMS, "+15550000001", ana, null, "MEETING_REMINDER", "Group tomorrow",
                        Priority.BULK, "batch:1", clock.instant().plus(Duration.ofHours(1)), List.of()),
                OutboxEntry.text(Channel.SMS, "+15550000009", "REPLY", "again", Priority.REPLY, "seen"),
                new OutboxEntry(Channel.TELEGRAM, "1001", null, null, "REPLY", "Pick one", Priority.REPLY, "batch:2",
                        null, buttons)));

        assertThat(queued).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT channel || ' ' || address || ' ' || coalesce(participant_id::text, '-') || ' ' || kind || ' '
                    || body || ' ' || priority || ' ' || status || ' ' || coalesce(reply_markup::text, '-')
                FROM outbound_message ORDER BY id
                """).query(String.class).list()).containsExactly(
                "SMS +15550000009 - REPLY earlier 1 QUEUED -",
                "SMS +15550000001 " + ana + " MEETING_REMINDER Group tomorrow 5 QUEUED -",
                "TELEGRAM 1001 - REPLY Pick one 1 QUEUED "
                        + "[[{\"data\": \"YES\", \"label\": \"Yes \\\"sure\\\"\"}, {\"data\": \"NO\", \"label\": \"No\"}]]");
        long reminder = jdbc.sql("SELECT id FROM outbound_message WHERE dedup_key = 'batch:1'").query(Long.class).single();
        assertThat(nextAttempt("outbound_message", reminder)).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(2);
    }

    @Test
    void waitsUntilNotBefore() {
        outbox.enqueue(new OutboxEntry(Channel.TELEGRAM, "1001", null, null, "REPLY", "later", Priority.REPLY, "later:1",
                clock.instant().plus(Duration.ofMinutes(5)), List.of()));

        assertThat(dispatcher.dispatchOnce()).isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
    }

    @Test
    void cancelsOnlyTheQueuedMessagesOfOneAddress() {
        outbox.enqueue(OutboxEntry.text(Channel.SMS, "+15550000001", "REPLY", "a", Priority.REPLY, "a"));
        outbox.enqueue(OutboxEntry.text(Channel.SMS, "+15550000002", "REPLY", "b", Priority.REPLY, "b"));
        outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, "+15550000001", "REPLY", "c", Priority.REPLY, "c"));

        assertThat(outbox.cancelQueued(Channel.SMS, "+15550000001", "opted out")).isEqualTo(1);
    }
}
