package org.peerpartners.companion.bot.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.BotTexts;
import org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.peerpartners.companion.participant.ChannelIdentity;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** SMS from the webhook to the fake Twilio and back, with the real Twilio adapter. */
class SmsJourneyTests extends JourneyTestSupport {

    static final String STRANGER = "+15715550123";
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Autowired
    BotTexts texts;
    @Autowired
    Outbox outbox;

    @Test
    void aStrangersSignedSmsGetsTheJoinGuideAndTheDeliveryReportMarksItDelivered() {
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).withBasicAuth(ACCOUNT, AUTH_TOKEN)
                .willReturn(twilioCreated("SM00000000000000000000000000join1")));

        HttpResponse<String> answer = postSignedByTwilio("/webhooks/twilio/sms",
                inboundSms("SM1a000000000000000000000000000001", STRANGER, "hello, how do I sign up?"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        assertThat(answer.body()).isEqualTo(EMPTY_TWIML);

        runWorkers();

        assertThat(twilioMessages()).containsExactly(Map.of(
                "To", STRANGER,
                "From", OUR_NUMBER,
                "Body", texts.text(BotTexts.ENGLISH, "join.howto.sms"),
                "StatusCallback", STATUS_CALLBACK));
        long reply = jdbc.sql("SELECT id FROM outbound_message WHERE address = :address").param("address", STRANGER)
                .query(Long.class).single();
        assertThat(status(reply)).isEqualTo("SENT");

        postSignedByTwilio("/webhooks/twilio/sms",
                inboundSms("SM1a000000000000000000000000000003", STRANGER, "hello again?"));
        runWorkers();
        assertThat(twilioMessages()).as("one join guide a day").hasSize(1);

        Map<String, String> delivered = formFixture("twilio/status-delivered.form");
        delivered.put("MessageSid", "SM00000000000000000000000000join1");
        delivered.put("SmsSid", "SM00000000000000000000000000join1");
        delivered.put("To", STRANGER);
        assertThat(postSignedByTwilio("/webhooks/twilio/status", delivered).statusCode()).isEqualTo(200);

        assertThat(status(reply)).isEqualTo("DELIVERED");
    }

    @Test
    void aForgedSmsIsRefusedAndNeitherStoredNorAnswered() {
        Map<String, String> params = inboundSms("SM1a000000000000000000000000000002", STRANGER, "hello");
        String signedForAnotherHost = twilioSignature(AUTH_TOKEN, "https://attacker.example.org/webhooks/twilio/sms",
                params);

        assertThat(postForm("/webhooks/twilio/sms", params, signedForAnotherHost).statusCode()).isEqualTo(403);
        runWorkers();

        assertThat(jdbc.sql("SELECT count(*) FROM inbound_message").query(Integer.class).single()).isZero();
        assertThat(twilio.getAllServeEvents()).isEmpty();
    }

    @Test
    void stopIsConfirmedOnceBlocksLaterMessagesAndStartOptsBackIn() {
        Fixtures.World world = fixtures.world();
        Participant ana = world.ana();
        String phone = world.anaSms().address();
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(twilioCreated("SM0000000000000000000000000000ok")));

        assertThat(postSignedByTwilio("/webhooks/twilio/sms",
                inboundSms("SM5a000000000000000000000000000stop", phone, "STOP")).statusCode()).isEqualTo(200);
        runWorkers();

        assertThat(twilioMessagesTo(phone)).extracting(params -> params.get("Body"))
                .containsExactly(texts.text(BotTexts.ENGLISH, "consent.stop"));

        long weekly = outbox.enqueue(OutboxEntry.text(Channel.SMS, phone, "WEEKLY_PLAN", "Your plan for this week is ready.",
                Priority.BULK, "weekly-plan:" + ana.id() + ":2026-03-02").toParticipant(ana.id())).orElseThrow();
        runWorkers();

        assertThat(status(weekly)).isEqualTo("CANCELLED");
        assertThat(twilioMessagesTo(phone)).hasSize(1);

        assertThat(postSignedByTwilio("/webhooks/twilio/sms",
                inboundSms("SM5a00000000000000000000000000start", phone, "START")).statusCode()).isEqualTo(200);
        runWorkers();

        assertThat(twilioMessagesTo(phone)).extracting(params -> params.get("Body")).containsExactly(
                texts.text(BotTexts.ENGLISH, "consent.stop"), texts.text(BotTexts.ENGLISH, "consent.start"));
        assertThat(status(weekly)).as("a cancelled message stays cancelled after START").isEqualTo("CANCELLED");
        long stop = inboundId("SM5a000000000000000000000000000stop");
        long start = inboundId("SM5a00000000000000000000000000start");
        assertThat(jdbc.sql("""
                SELECT kind || ' ' || source || ' ' || evidence FROM consent_event
                WHERE channel = 'SMS' AND address = :address ORDER BY id
                """).param("address", phone).query(String.class).list())
                .containsExactly(
                        "OPT_IN JOIN test fixtures",
                        "OPT_OUT KEYWORD inbound_message:" + stop,
                        "OPT_IN KEYWORD inbound_message:" + start);
        assertThat(aggregates.findById(world.anaSms().id(), ChannelIdentity.class).optedOutAt()).isNull();
    }

    @Test
    void twilioTooManyRequestsIsRetriedAfterTheBackoffAndTheMessageGoesOnce() {
        Fixtures.World world = fixtures.world();
        String phone = world.anaSms().address();
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody(ProviderTestSupport.fixture("twilio/error-20429-429.json")))
                .willSetStateTo("calm"));
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(twilioCreated("SM000000000000000000000000retried")));
        long reply = outbox.enqueue(OutboxEntry.text(Channel.SMS, phone, "REPLY", "Logged $12.50 for bowling.",
                Priority.REPLY, "reply:busy").toParticipant(world.ana().id())).orElseThrow();

        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        assertThat(status(reply)).isEqualTo("QUEUED");
        assertThat(dispatcher.dispatchOnce()).as("nothing is due before the backoff is over").isZero();

        clock.advance(Duration.ofSeconds(7)); // retry-base 5 s plus at most 20 % jitter
        runWorkers();

        assertThat(status(reply)).isEqualTo("SENT");
        assertThat(jdbc.sql("SELECT attempts || ' ' || provider_id FROM outbound_message WHERE id = :id")
                .param("id", reply).query(String.class).single()).isEqualTo("2 SM000000000000000000000000retried");
        assertThat(twilioMessagesTo(phone)).hasSize(2).extracting(params -> params.get("Body"))
                .containsOnly("Logged $12.50 for bowling.");
        assertThat(List.copyOf(twilio.getAllServeEvents())).extracting(event -> event.getResponse().getStatus())
                .containsExactlyInAnyOrder(429, 201);
    }
}
