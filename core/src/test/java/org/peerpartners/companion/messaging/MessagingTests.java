package org.peerpartners.companion.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.database.Json;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class MessagingTests {

    @Autowired DueMessageRepository dueMessages;
    @Autowired ConversationStateRepository conversations;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;
    Instant now;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
        now = clock.instant();
    }

    @Test
    void savesADueMessageWithItsJsonPayload() {
        var reminder = dueMessages.save(reminder("meeting-reminder:1:" + world.ana().id() + ":24h", now));

        var loaded = dueMessages.findByDedupKey(reminder.dedupKey()).orElseThrow();
        assertThat(loaded.payload().text()).isEqualTo("{\"meetingId\": 1}");
        assertThat(loaded.status()).isEqualTo(DueMessageStatus.PENDING);
        assertThat(loaded.originalDueAt()).isEqualTo(now);
    }

    @Test
    void schedulesEachDedupKeyOnce() {
        var key = "activity-reminder:9:" + world.ana().id();

        assertThat(dueMessages.scheduleOnce(reminder(key, now))).isTrue();
        assertThat(dueMessages.scheduleOnce(reminder(key, now.plusSeconds(60)))).isFalse();

        assertThat(dueMessages.findByDedupKey(key).orElseThrow().dueAt()).isEqualTo(now);
        assertThatThrownBy(() -> dueMessages.save(reminder(key, now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void claimsOnlyPendingMessagesThatAreDueOldestFirst() {
        var later = dueMessages.save(reminder("k-later", now.minusSeconds(10)));
        var earlier = dueMessages.save(reminder("k-earlier", now.minusSeconds(20)));
        dueMessages.save(reminder("k-future", now.plusSeconds(60)));
        dueMessages.save(reminder("k-sent", now.minusSeconds(30)).sent(now));

        assertThat(dueMessages.claimDue(now, 10)).extracting(DueMessage::id).containsExactly(earlier.id(), later.id());
        assertThat(dueMessages.claimDue(now, 1)).extracting(DueMessage::id).containsExactly(earlier.id());
    }

    @Test
    void keepsTheOriginalTimeWhenRescheduledAndRecordsWhyItWasDropped() {
        var moved = dueMessages.save(reminder("k-quiet", now).rescheduledTo(now.plus(Duration.ofHours(9))));
        dueMessages.save(moved.dropped("stale", now.plus(Duration.ofHours(10))));

        var loaded = dueMessages.findById(moved.id()).orElseThrow();
        assertThat(loaded.originalDueAt()).isEqualTo(now);
        assertThat(loaded.dueAt()).isEqualTo(now.plus(Duration.ofHours(9)));
        assertThat(loaded.status()).isEqualTo(DueMessageStatus.DROPPED);
        assertThat(loaded.reason()).isEqualTo("stale");
    }

    @Test
    void cancelsAParticipantsPendingMessagesOfOneKind() {
        dueMessages.save(reminder("k-1", now));
        dueMessages.save(reminder("k-2", now.plusSeconds(60)));

        assertThat(dueMessages.cancelPending(world.ana().id(), "meeting-reminder", "paused", now)).isEqualTo(2);

        assertThat(dueMessages.findByParticipantIdAndStatusOrderByDueAt(world.ana().id(), DueMessageStatus.PENDING))
                .isEmpty();
        assertThat(dueMessages.findByParticipantIdAndStatusOrderByDueAt(world.ana().id(), DueMessageStatus.CANCELLED))
                .extracting(DueMessage::reason).containsExactly("paused", "paused");
    }

    @Test
    void putsAndReplacesAConversationState() {
        var identity = world.anaSms().id();
        conversations.put(new ConversationState(identity, Json.of("{\"awaiting\": \"rating\", \"item\": 2}"),
                now.plus(Duration.ofHours(1)), now));
        conversations.put(new ConversationState(identity, Json.of("{\"awaiting\": \"journal\"}"),
                now.plus(Duration.ofHours(2)), now.plusSeconds(5)));

        var live = conversations.findLive(identity, now).orElseThrow();
        assertThat(live.state().text()).isEqualTo("{\"awaiting\": \"journal\"}");
        assertThat(live.updatedAt()).isEqualTo(now.plusSeconds(5));
        assertThat(conversations.findLive(identity, now.plus(Duration.ofHours(2)))).isEmpty();
    }

    @Test
    void forgetsExpiredConversations() {
        conversations.put(new ConversationState(world.anaSms().id(), Json.EMPTY_OBJECT, now, now));
        conversations.put(new ConversationState(world.benTelegram().id(), Json.EMPTY_OBJECT,
                now.plus(Duration.ofMinutes(30)), now));

        assertThat(conversations.deleteExpired(now)).isEqualTo(1);

        assertThat(conversations.findById(world.anaSms().id())).isEmpty();
        conversations.deleteById(world.benTelegram().id());
        assertThat(conversations.findById(world.benTelegram().id())).isEmpty();
    }

    private DueMessage reminder(String dedupKey, Instant dueAt) {
        return DueMessage.forParticipant("meeting-reminder", world.ana().id(), dueAt, null, dedupKey,
                Json.of("{\"meetingId\": 1}"), now);
    }
}
