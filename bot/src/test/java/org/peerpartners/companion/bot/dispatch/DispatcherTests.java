package org.peerpartners.companion.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.bot.TestTelegramChannel;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.bot.channel.SendResult.SendFailure;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;

class DispatcherTests extends PipelineTestSupport {

    @Autowired
    Outbox outbox;

    @Test
    void sendsAndRecordsTheProvidersIdWithButtons() {
        long id = outbox.enqueue(new OutboxEntry(Channel.TELEGRAM, "1001", null, null, "CHECK_IN", "How did it go?",
                Priority.REPLY, "check-in:1", null,
                List.of(List.of(new OutboxEntry.Button("Done", "DONE 1"), new OutboxEntry.Button("Not \"now\"", "SKIP 1")))))
                .orElseThrow();

        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);

        assertThat(rowStatus("outbound_message", id)).isEqualTo("SENT");
        assertThat(jdbc.sql("SELECT provider_id FROM outbound_message WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("tg-" + id);
        assertThat(telegram.sent()).singleElement().satisfies(sent -> assertThat(sent.text()).isEqualTo("How did it go?"));
    }

    @Test
    void retriesNoEarlierThanTheProvidersRetryAfter() {
        telegram.script("1001", new SendResult.Failed(SendFailure.retryable("429 too many requests", Duration.ofMinutes(2))));
        long id = enqueue("1001", "hello", Priority.REPLY);

        dispatcher.dispatchOnce();

        assertThat(rowStatus("outbound_message", id)).isEqualTo("QUEUED");
        assertThat(nextAttempt("outbound_message", id)).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofSeconds(119));
        assertThat(dispatcher.dispatchOnce()).isZero();

        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchOnce();

        assertThat(rowStatus("outbound_message", id)).isEqualTo("SENT");
        assertThat(telegram.attempts()).hasSize(2);
    }

    @Test
    void backsOffExponentiallyWithJitterAndGivesUpAfterMaxAttempts() {
        SendResult busy = new SendResult.Failed(SendFailure.retryable("provider unavailable", null));
        telegram.script("1001", busy, busy, busy, busy, busy, busy, busy, busy);
        long id = enqueue("1001", "hello", Priority.REPLY);

        for (int attempt = 0; attempt < 7; attempt++) {
            Instant before = clock.instant();
            dispatcher.dispatchOnce();
            Duration base = Duration.ofSeconds(5).multipliedBy(1L << attempt);
            Duration delay = Duration.between(before, nextAttempt("outbound_message", id));
            assertThat(delay).isBetween(base, base.plus(base.dividedBy(5)));
            clock.advance(delay);
        }
        dispatcher.dispatchOnce();

        assertThat(rowStatus("outbound_message", id)).isEqualTo("FAILED");
        assertThat(lastError(id)).isEqualTo("gave up after 8 attempts: provider unavailable");
        assertThat(telegram.sent()).isEmpty();
    }

    @Test
    void marksATerminalFailureFailedWithItsReason() {
        telegram.script("1001", new SendResult.Failed(SendFailure.terminal("400 chat not found")));
        long id = enqueue("1001", "hello", Priority.REPLY);

        dispatcher.dispatchOnce();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchOnce();

        assertThat(rowStatus("outbound_message", id)).isEqualTo("FAILED");
        assertThat(lastError(id)).isEqualTo("400 chat not found");
        assertThat(telegram.attempts()).hasSize(1);
    }

    @Test
    void recipientWhoBlockedTheBotIsOptedOutAndGetsNothingMore() {
        long ana = participant("Ana", "en", Channel.TELEGRAM, "1001");
        telegram.script("1001", new SendResult.Failed(SendFailure.recipientStopped("403 bot was blocked by the user")));
        long first = enqueue("1001", "Reminder", Priority.REPLY);
        long second = enqueue("1001", "Another", Priority.BULK);

        dispatcher.dispatchOnce();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchOnce();

        assertThat(rowStatus("outbound_message", first)).isEqualTo("FAILED");
        assertThat(rowStatus("outbound_message", second)).isEqualTo("CANCELLED");
        assertThat(telegram.sent()).isEmpty();
        assertThat(jdbc.sql("SELECT kind || ' ' || source || ' ' || participant_id || ' ' || evidence FROM consent_event")
                .query(String.class).single())
                .isEqualTo("OPT_OUT PROVIDER " + ana + " outbound_message:" + first + ": 403 bot was blocked by the user");
        assertThat(jdbc.sql("SELECT opted_out_at IS NOT NULL FROM channel_identity").query(Boolean.class).single()).isTrue();
    }

    @Test
    void pausedParticipantGetsRepliesAndSafetyMessagesButNoReminders() {
        long ana = participant("Ana", "en", Channel.TELEGRAM, "1001");
        jdbc.sql("UPDATE participant SET paused_until = :until WHERE id = :id")
                .param("until", Timestamp.from(clock.instant().plus(Duration.ofDays(3)))).param("id", ana).update();
        long reminder = outbox.enqueue(new OutboxEntry(Channel.TELEGRAM, "1001", ana, null, "MEETING_REMINDER",
                "Group tomorrow", Priority.BULK, "r:1", null, List.of())).orElseThrow();
        long reply = outbox.enqueue(new OutboxEntry(Channel.TELEGRAM, "1001", ana, null, "REPLY", "Paused until Friday",
                Priority.REPLY, "reply:1", null, List.of())).orElseThrow();

        dispatcher.dispatchOnce();
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchOnce();

        assertThat(rowStatus("outbound_message", reply)).isEqualTo("SENT");
        assertThat(rowStatus("outbound_message", reminder)).isEqualTo("CANCELLED");
        assertThat(lastError(reminder)).isEqualTo("participant paused");
    }

    @Test
    void sendsRepliesBeforeBulkMessages() {
        enqueue("2001", "bulk", Priority.BULK);
        enqueue("2002", "reply", Priority.REPLY);
        enqueue("2003", "safety", Priority.SAFETY);

        dispatcher.dispatchOnce();

        assertThat(telegram.sent()).extracting(TestTelegramChannel.Attempt::text).containsExactly("safety", "reply", "bulk");
    }

    @Test
    void requeuesARowLeftSendingAfterItsLeaseAndSendsItOnce() {
        long stuck = enqueue("1001", "hello", Priority.REPLY);
        long fresh = enqueue("1002", "hi", Priority.REPLY);
        // as a dispatcher that crashed after claiming (lease ends in 2 minutes), and one still at work
        jdbc.sql("UPDATE outbound_message SET status = 'SENDING', next_attempt_at = :lease WHERE id IN (:ids)")
                .param("lease", Timestamp.from(clock.instant().plus(Duration.ofMinutes(2))))
                .param("ids", List.of(stuck, fresh)).update();
        jdbc.sql("UPDATE outbound_message SET next_attempt_at = :lease WHERE id = :id")
                .param("lease", Timestamp.from(clock.instant().plus(Duration.ofMinutes(10)))).param("id", fresh).update();

        assertThat(dispatcher.recoverExpiredLeases()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.recoverExpiredLeases()).isEqualTo(1);
        dispatcher.dispatchOnce();

        assertThat(rowStatus("outbound_message", stuck)).isEqualTo("SENT");
        assertThat(rowStatus("outbound_message", fresh)).isEqualTo("SENDING");
        assertThat(telegram.sent()).extracting(TestTelegramChannel.Attempt::outboundId).containsExactly(stuck);
    }

    @Test
    void failsMessagesForAChannelWithNoAdapter() {
        long id = outbox.enqueue(OutboxEntry.text(Channel.SMS, "+15550001111", "REPLY", "hi", Priority.REPLY, "sms:1"))
                .orElseThrow();

        dispatcher.dispatchOnce();

        assertThat(rowStatus("outbound_message", id)).isEqualTo("FAILED");
        assertThat(lastError(id)).isEqualTo("the SMS channel is not configured");
    }

    private long enqueue(String chat, String text, Priority priority) {
        return outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, chat, "REPLY", text, priority,
                "test:" + chat + ":" + text)).orElseThrow();
    }

    private String lastError(long id) {
        return jdbc.sql("SELECT last_error FROM outbound_message WHERE id = :id").param("id", id)
                .query(String.class).single();
    }
}
