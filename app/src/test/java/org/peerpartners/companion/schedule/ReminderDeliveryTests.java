package org.peerpartners.companion.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.CompanionApplication;
import org.peerpartners.companion.group.Cadence;
import org.peerpartners.companion.group.MeetingSeries;
import org.peerpartners.companion.group.PeerGroup;
import org.peerpartners.companion.participant.ChannelIdentity;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.program.Program;
import org.peerpartners.companion.program.StaffUser;
import org.peerpartners.companion.testing.FixedClockConfiguration;
import org.peerpartners.companion.testing.Fixtures;
import org.peerpartners.companion.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The whole app with Quartz running and the real Twilio and Telegram adapters pointed at
 * WireMock: a group whose meeting starts in two hours and three minutes gets its 2-hour
 * reminder at the fake providers three minutes later, each person on their own channel
 * and in their own language, once. Nothing but data is set up: the database triggers ask
 * for a plan, the planning job expands the series and plans, the sweep queues, the bot's
 * dispatcher sends. Two hours before the meeting the coach gets the pre-group summary's link.
 */
@SpringBootTest(classes = CompanionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReminderDeliveryTests.Clocks.class)
class ReminderDeliveryTests {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String BOT_TOKEN = "7000000001:AAHbenANAcoachCARMENtestToken";
    private static final String SEND_MESSAGE = "/bot" + BOT_TOKEN + "/sendmessage";

    static final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());
    static final WireMockServer telegram = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        twilio.start();
        telegram.start();
        telegram.stubFor(post(urlPathEqualTo("/bot" + BOT_TOKEN + "/setMyCommands")).willReturn(okJson("{\"ok\": true, \"result\": true}")));
        telegram.stubFor(post(urlPathEqualTo("/bot" + BOT_TOKEN + "/setWebhook")).willReturn(okJson("{\"ok\": true, \"result\": true}")));
        telegram.stubFor(post(urlPathEqualTo(SEND_MESSAGE)).willReturn(okJson(fixture("telegram-sendmessage-ok.json"))));
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(fixture("twilio-create-message-201.json"))));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            twilio.stop();
            telegram.stop();
        }));
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("companion.demo.enabled", () -> "false");
        registry.add("companion.public-base-url", () -> "https://companion.example.org");
        registry.add("companion.twilio.account-sid", () -> ACCOUNT);
        registry.add("companion.twilio.auth-token", () -> "carmen0auth0token0for0tests0123");
        registry.add("companion.twilio.from", () -> "+17035550100");
        registry.add("companion.twilio.api-url", twilio::baseUrl);
        registry.add("companion.telegram.bot-token", () -> BOT_TOKEN);
        registry.add("companion.telegram.webhook-secret", () -> "webhook-secret-for-ben_42");
        registry.add("companion.telegram.api-url", telegram::baseUrl);
        registry.add("companion.messaging.rate-limits.sms-segments-per-second", () -> "1000000");
        registry.add("companion.messaging.rate-limits.telegram-per-second", () -> "1000000");
        registry.add("companion.messaging.rate-limits.telegram-per-chat-per-second", () -> "1000");
        registry.add("spring.quartz.auto-startup", () -> "true");
        registry.add("spring.quartz.scheduler-name", () -> "reminder-delivery-" + UUID.randomUUID());
        registry.add("companion.schedule.sweep-interval", () -> "300ms");
        registry.add("companion.schedule.planning-interval", () -> "300ms");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovableClock clock() {
            // stands still until the test moves it
            return new MovableClock(FixedClockConfiguration.NOW);
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    JdbcAggregateOperations aggregates;

    @Test
    void aMeetingInTwoHoursAndThreeMinutesBringsItsReminderToEachPersonOnce() {
        Fixtures fixtures = new Fixtures(aggregates, clock);
        Program program = fixtures.program();
        StaffUser carmen = fixtures.coachCarmen(program, fixtures.supervisor(program));
        PeerGroup group = fixtures.group(program, carmen);
        // Now is Monday 10:00 in New York; the group meets today at 12:03.
        LocalDateTime start = LocalDateTime.of(2026, 11, 23, 12, 3);
        aggregates.insert(MeetingSeries.create(group.id(), Cadence.WEEKLY, start, 90, "Queens Library, Room 2"));
        Participant ana = fixtures.ana(group);
        Participant ben = fixtures.ben(group);
        ChannelIdentity anaSms = fixtures.sms(ana);
        ChannelIdentity benTelegram = fixtures.telegram(ben);
        ChannelIdentity carmenTelegram = fixtures.telegram(carmen);

        // Planned, but not due yet: nothing is sent while the clock stands at 10:00.
        await().atMost(Duration.ofSeconds(30)).until(() -> aggregates.count(org.peerpartners.companion.messaging.DueMessage.class) >= 2);
        assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).isEmpty();

        clock.advance(Duration.ofMinutes(3).plusSeconds(1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).singleElement().satisfies(request -> {
                String form = URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
                assertThat(form).contains("To=" + anaSms.address())
                        .contains("Reminder: your group meets Mon Nov 23, 12:03 PM at Queens Library, Room 2.");
            });
            assertThat(telegramTo(benTelegram)).singleElement()
                    .satisfies(body -> assertThat(body).contains("Recuerda: tu grupo se junta el lun 23 nov, 11:03"));
        });
        // Two hours before the meeting the pre-group summary is built, and its link reaches
        // Coach Carmen on her Telegram (the summary job runs once a minute).
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(telegramTo(carmenTelegram)).singleElement()
                .satisfies(body -> assertThat(body).contains("https://companion.example.org/summaries/")));
        // Later sweeps find nothing more to send.
        clock.advance(Duration.ofSeconds(30));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).hasSize(1));
    }

    private static java.util.List<String> telegramTo(ChannelIdentity chat) {
        return telegram.findAll(postRequestedFor(urlPathEqualTo(SEND_MESSAGE))).stream()
                .map(request -> request.getBodyAsString())
                .filter(body -> body.contains("\"" + chat.address() + "\""))
                .toList();
    }

    private static String fixture(String name) {
        try (InputStream in = ReminderDeliveryTests.class.getResourceAsStream("/fixtures/schedule/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
