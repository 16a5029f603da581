package org.peerpartners.companion.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport.fixture;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peerpartners.companion.bot.channel.InboundSink;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Long polling with the library's own session against a fake Bot API: the offset that
 * confirms an update is only sent after the sink has stored it.
 */
class TelegramPollingTests {

    private static final String TOKEN = TelegramChannelContractTests.TOKEN;
    private static final String API = "/bot" + TOKEN + "/";
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @RegisterExtension
    static WireMockExtension telegram = ProviderTestSupport.strictProvider();

    private final TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();

    @AfterEach
    void stop() throws Exception {
        application.close();
    }

    @Test
    void fetchesAnUpdateAgainWhenStoringItFailedAndConfirmsItOnlyOnceStored() throws Exception {
        telegram.stubFor(post(urlPathEqualTo(API + "deleteWebhook")).willReturn(okJson("{\"ok\": true, \"result\": true}")));
        String update = fixture("telegram/update-text.json");
        telegram.stubFor(post(urlPathEqualTo(API + "getupdates")).inScenario("poll")
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(matchingJsonPath("$.offset", WireMock.equalTo("1")))
                .willReturn(okJson("{\"ok\": true, \"result\": [" + update + "]}"))
                .willSetStateTo("delivered once"));
        telegram.stubFor(post(urlPathEqualTo(API + "getupdates")).inScenario("poll")
                .whenScenarioStateIs("delivered once")
                .withRequestBody(matchingJsonPath("$.offset", WireMock.equalTo("904123002")))
                .willReturn(okJson("{\"ok\": true, \"result\": [" + update + "]}"))
                .willSetStateTo("delivered twice"));
        // an empty long poll: Telegram holds it open, so does the fake
        telegram.stubFor(post(urlPathEqualTo(API + "getupdates")).inScenario("poll")
                .whenScenarioStateIs("delivered twice")
                .withRequestBody(matchingJsonPath("$.offset", WireMock.equalTo("904123003")))
                .willReturn(okJson("{\"ok\": true, \"result\": []}").withFixedDelay(200)));
        FlakySink sink = new FlakySink(1);
        TelegramChannel channel = new TelegramChannel(null,
                TelegramClients.client(TOKEN, URI.create(telegram.baseUrl()), Duration.ofSeconds(4)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        TelegramPolling polling = new TelegramPolling(channel, sink);

        polling.start(application, TOKEN, TelegramClients.url(URI.create(telegram.baseUrl())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(sink.stored).extracting(IncomingMessage::providerId).containsExactly("904123002");
            telegram.verify(postRequestedFor(urlPathEqualTo(API + "getupdates"))
                    .withRequestBody(matchingJsonPath("$.offset", WireMock.equalTo("904123003"))));
        });
        assertThat(sink.attempts.get()).isEqualTo(2);
        application.close();
        ProviderTestSupport.assertEveryStubUsed(telegram);
    }

    @Test
    void keepsPollingAfterAConnectionResetAndNeverLogsTheToken() throws Exception {
        try (ProviderTestSupport.LogCapture logs = new ProviderTestSupport.LogCapture()) {
            telegram.stubFor(post(urlPathEqualTo(API + "deleteWebhook"))
                    .willReturn(okJson("{\"ok\": true, \"result\": true}")));
            telegram.stubFor(post(urlPathEqualTo(API + "getupdates")).inScenario("poll")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                    .willSetStateTo("reset once"));
            telegram.stubFor(post(urlPathEqualTo(API + "getupdates")).inScenario("poll")
                    .whenScenarioStateIs("reset once")
                    .withRequestBody(matchingJsonPath("$.offset", WireMock.equalTo("1")))
                    .willReturn(okJson("{\"ok\": true, \"result\": [" + fixture("telegram/update-start-with-code.json") + "]}"))
                    .willSetStateTo("delivered"));
            telegram.stubFor(post(urlPathEqualTo(API + "getupdates")).inScenario("poll")
                    .whenScenarioStateIs("delivered")
                    .withRequestBody(matchingJsonPath("$.offset", WireMock.equalTo("904123002")))
                    .willReturn(okJson("{\"ok\": true, \"result\": []}").withFixedDelay(200)));
            FlakySink sink = new FlakySink(0);
            TelegramChannel channel = new TelegramChannel(null,
                    TelegramClients.client(TOKEN, URI.create(telegram.baseUrl()), Duration.ofSeconds(4)),
                    Clock.fixed(NOW, ZoneOffset.UTC));

            new TelegramPolling(channel, sink).start(application, TOKEN, TelegramClients.url(URI.create(telegram.baseUrl())));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(sink.stored).extracting(IncomingMessage::text).containsExactly("/start K7M2QX");
                telegram.verify(postRequestedFor(urlPathEqualTo(API + "getupdates"))
                        .withRequestBody(matchingJsonPath("$.offset", WireMock.equalTo("904123002"))));
            });
            application.close();
            ProviderTestSupport.assertEveryStubUsed(telegram);
            assertThat(logs.lines()).isNotEmpty();
            logs.assertNoneContains(TOKEN, "AAHbenANAcoach");
        }
    }

    /** Fails the first {@code failures} calls, as a database that is briefly away would. */
    private static final class FlakySink implements InboundSink {

        final List<IncomingMessage> stored = new CopyOnWriteArrayList<>();
        final AtomicInteger attempts = new AtomicInteger();
        private final int failures;

        FlakySink(int failures) {
            this.failures = failures;
        }

        @Override
        public int store(List<IncomingMessage> messages) {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("database unavailable");
            }
            stored.addAll(messages);
            return messages.size();
        }
    }
}
