package org.peerpartners.companion.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

class TelegramStartupTests {

    private static final String TOKEN = TelegramChannelContractTests.TOKEN;
    private static final String SECRET = TelegramChannelContractTests.SECRET;
    private static final String API = "/bot" + TOKEN + "/";

    @RegisterExtension
    static WireMockExtension telegram = ProviderTestSupport.strictProvider();

    private final ProviderTestSupport.LogCapture logs = new ProviderTestSupport.LogCapture();
    private final TelegramBotsLongPollingApplication pollingApplication = new TelegramBotsLongPollingApplication();

    @AfterEach
    void everyStubUsedAndNoSecretLogged() throws Exception {
        pollingApplication.close();
        try {
            ProviderTestSupport.assertEveryStubUsed(telegram);
            logs.assertNoneContains(TOKEN, SECRET);
        } finally {
            logs.close();
        }
    }

    @Test
    void setsTheCommandMenuInEnglishAndSpanishAndTheWebhookWithItsSecret() {
        telegram.stubFor(post(urlPathEqualTo(API + "setMyCommands"))
                .withRequestBody(matchingJsonPath("$.language_code", equalTo("en")))
                .withRequestBody(matchingJsonPath("$.commands[0].command", equalTo("help")))
                .willReturn(okJson("{\"ok\": true, \"result\": true}")));
        telegram.stubFor(post(urlPathEqualTo(API + "setMyCommands"))
                .withRequestBody(matchingJsonPath("$.language_code", equalTo("es")))
                .withRequestBody(matchingJsonPath("$.commands[0].command", equalTo("ayuda")))
                .withRequestBody(matchingJsonPath("$.commands[0].description", equalTo("Lo que puedo hacer")))
                .willReturn(okJson("{\"ok\": true, \"result\": true}")));
        telegram.stubFor(post(urlPathEqualTo(API + "setMyCommands"))
                .withRequestBody(matchingJsonPath("$[?(!@.language_code)]"))
                .willReturn(okJson("{\"ok\": true, \"result\": true}")));
        telegram.stubFor(post(urlPathEqualTo(API + "setWebhook"))
                .withRequestBody(containing("https://companion.example.org/webhooks/telegram"))
                .withRequestBody(containing(SECRET))
                .willReturn(okJson("{\"ok\": true, \"result\": true}")));

        startup(URI.create("https://companion.example.org/")).start();

        assertThat(logs.lines()).contains("Telegram webhook set to https://companion.example.org/webhooks/telegram");
    }

    @Test
    void aRefusedWebhookIsLoggedNotThrown() {
        telegram.stubFor(post(urlPathEqualTo(API + "setMyCommands"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(ProviderTestSupport.fixture("telegram/answer-401-unauthorized.json"))));
        telegram.stubFor(post(urlPathEqualTo(API + "setWebhook"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(ProviderTestSupport.fixture("telegram/answer-401-unauthorized.json"))));

        startup(URI.create("https://companion.example.org")).start();

        assertThat(logs.lines()).anyMatch(line -> line.startsWith("Could not set the Telegram webhook"));
    }

    @Test
    void bothLanguagesDescribeTheSameNumberOfCommands() {
        for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("es") }) {
            ResourceBundle bundle = TelegramStartup.bundle(locale);
            assertThat(TelegramStartup.commands(locale)).hasSize(14)
                    .allSatisfy(command -> assertThat(command.getCommand()).matches("[a-z0-9_]{1,32}"))
                    .extracting(BotCommand::getDescription).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(bundle.getLocale().getLanguage()).isEqualTo(locale.getLanguage());
        }
    }

    private TelegramStartup startup(URI publicBaseUrl) {
        TelegramProperties properties = new TelegramProperties(TOKEN, SECRET, URI.create(telegram.baseUrl()), null,
                Duration.ofSeconds(4));
        TelegramChannel channel = new TelegramChannel(SECRET,
                TelegramClients.client(TOKEN, properties.apiUrl(), properties.timeout()), Clock.systemUTC());
        return new TelegramStartup(TelegramClients.client(TOKEN, properties.apiUrl(), properties.timeout()), properties,
                publicBaseUrl, new TelegramPolling(channel, messages -> messages.size()), pollingApplication);
    }
}
