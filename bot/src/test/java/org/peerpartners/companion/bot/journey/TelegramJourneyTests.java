package org.peerpartners.companion.bot.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.BotTexts;
import org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.peerpartners.companion.participant.ChannelIdentity;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Telegram from the webhook to the fake Bot API, with the real Telegram adapter. */
class TelegramJourneyTests extends JourneyTestSupport {

    static final String STRANGER_CHAT = "5123456789";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BotTexts texts;
    @Autowired
    Outbox outbox;

    @Test
    void aStrangersStartIsStoredOnceAndAnsweredOnceWithTheJoinGuideEvenWhenTelegramDeliversItTwice() {
        telegram.stubFor(post(urlPathEqualTo(SEND_MESSAGE))
                .willReturn(okJson(ProviderTestSupport.fixture("telegram/answer-sendmessage-ok.json"))));
        String update = ProviderTestSupport.fixture("telegram/update-text.json")
                .replace("gaste 8,50 cine con Ana", "/start");

        assertThat(postTelegramUpdate(update, WEBHOOK_SECRET).statusCode()).isEqualTo(200);
        assertThat(postTelegramUpdate(update, WEBHOOK_SECRET).statusCode()).isEqualTo(200);
        runWorkers();

        assertThat(jdbc.sql("SELECT provider_id || ' ' || sender_address || ' ' || body FROM inbound_message")
                .query(String.class).list()).containsExactly("904123002 " + STRANGER_CHAT + " /start");
        assertThat(sentMessages()).hasSize(1).first().satisfies(sent -> {
            assertThat(sent.get("chat_id").asString()).isEqualTo(STRANGER_CHAT);
            assertThat(sent.get("text").asString()).isEqualTo(texts.text(BotTexts.ENGLISH, "join.howto.telegram"));
        });
        assertThat(jdbc.sql("SELECT status FROM outbound_message").query(String.class).list()).containsExactly("SENT");
    }

    @Test
    void anUpdateWithTheWrongSecretIsRefusedAndNothingIsStored() {
        String update = ProviderTestSupport.fixture("telegram/update-text.json");

        assertThat(postTelegramUpdate(update, "webhook-secret-for-ana_41").statusCode()).isEqualTo(403);
        runWorkers();

        assertThat(jdbc.sql("SELECT count(*) FROM inbound_message").query(Integer.class).single()).isZero();
        assertThat(telegram.getAllServeEvents()).isEmpty();
    }

    @Test
    void aChatThatBlockedTheBotIsOptedOutByTheProviderAndItsQueuedMessagesAreCancelled() {
        Fixtures.World world = fixtures.world();
        long ben = world.ben().id();
        String chat = world.benTelegram().address();
        telegram.stubFor(post(urlPathEqualTo(SEND_MESSAGE)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(ProviderTestSupport.fixture("telegram/answer-403-blocked.json"))));
        long reply = outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, chat, "REPLY", "Anotado: $8.50 para cine.",
                Priority.REPLY, "reply:ben:1").toParticipant(ben)).orElseThrow();
        long tomorrow = outbox.enqueue(new OutboxEntry(Channel.TELEGRAM, chat, ben, null, "MEETING_REMINDER",
                "Mañana hay reunión a las 6 pm.", Priority.BULK, "meeting-reminder:ben:24h",
                clock.instant().plus(Duration.ofHours(20)), List.of())).orElseThrow();

        runWorkers();

        assertThat(status(reply)).isEqualTo("FAILED");
        assertThat(status(tomorrow)).as("queued before the block, cancelled at once").isEqualTo("CANCELLED");
        assertThat(jdbc.sql("""
                SELECT kind || ' ' || source || ' ' || participant_id FROM consent_event
                WHERE channel = 'TELEGRAM' AND address = :chat ORDER BY id
                """).param("chat", chat).query(String.class).list())
                .containsExactly("OPT_IN JOIN " + ben, "OPT_OUT PROVIDER " + ben);
        assertThat(aggregates.findById(world.benTelegram().id(), ChannelIdentity.class).optedOutAt()).isNotNull();

        long later = outbox.enqueue(OutboxEntry.text(Channel.TELEGRAM, chat, "REPLY", "¿Cómo te fue?",
                Priority.REPLY, "reply:ben:2").toParticipant(ben)).orElseThrow();
        clock.advance(Duration.ofHours(21));
        runWorkers();

        assertThat(status(later)).as("queued after the block, cancelled when due").isEqualTo("CANCELLED");
        assertThat(status(tomorrow)).isEqualTo("CANCELLED");
        assertThat(sentMessages()).as("Telegram was asked once").hasSize(1);
    }

    /** The JSON bodies of every sendMessage call the fake Bot API received. */
    static List<JsonNode> sentMessages() {
        return telegram.findAll(postRequestedFor(urlPathEqualTo(SEND_MESSAGE))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .toList();
    }
}
