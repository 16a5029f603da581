package org.peerpartners.companion.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peerpartners.companion.bot.channel.InboundSink;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The configured application talks to the configured Bot API once it is ready. */
class TelegramConfigurationTests {

    private static final String TOKEN = TelegramChannelContractTests.TOKEN;
    private static final String API = "/bot" + TOKEN + "/";

    @RegisterExtension
    static WireMockExtension telegram = ProviderTestSupport.strictProvider();

    @AfterEach
    void everyStubUsed() {
        ProviderTestSupport.assertEveryStubUsed(telegram);
    }

    @Test
    void setsMenusAndWebhookWhenTheApplicationIsReady() {
        telegram.stubFor(post(urlPathEqualTo(API + "setMyCommands")).willReturn(okJson("{\"ok\": true, \"result\": true}")));
        telegram.stubFor(post(urlPathEqualTo(API + "setWebhook"))
                .withRequestBody(containing("https://companion.example.org/webhooks/telegram"))
                .willReturn(okJson("{\"ok\": true, \"result\": true}")));

        new ApplicationContextRunner()
                .withUserConfiguration(TelegramConfiguration.class)
                .withBean(InboundSink.class, () -> messages -> messages.size())
                .withPropertyValues(
                        "companion.public-base-url=https://companion.example.org",
                        "companion.telegram.bot-token=" + TOKEN,
                        "companion.telegram.webhook-secret=" + TelegramChannelContractTests.SECRET,
                        "companion.telegram.api-url=" + telegram.baseUrl())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                            context.getSourceApplicationContext(), Duration.ZERO));
                });

        telegram.verify(exactly(3), postRequestedFor(urlPathEqualTo(API + "setMyCommands")));
        telegram.verify(exactly(1), postRequestedFor(urlPathEqualTo(API + "setWebhook")));
    }
}
