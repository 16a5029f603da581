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
