package org.peerpartners.companion.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.channel.ChannelAdapter;
import org.peerpartners.companion.bot.channel.InboundSink;
import org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport;
import org.peerpartners.companion.bot.channel.telegram.TelegramChannel;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** A channel is on exactly when its credentials are configured, and says so once at start-up. */
class ChannelSwitchTests {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = { TwilioChannel.class, TelegramChannel.class })
    static class Channels {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Channels.class)
            .withBean(InboundSink.class, () -> messages -> messages.size());

    @Test
    void bothChannelsAreOffWithoutCredentialsAndSayWhy() {
        try (ProviderTestSupport.LogCapture logs = new ProviderTestSupport.LogCapture()) {
            runner.withPropertyValues("companion.telegram.bot-token=", "companion.twilio.auth-token= ")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBeansOfType(ChannelAdapter.class)).isEmpty();
                    });
            assertThat(logs.lines()).containsOnlyOnce(
                    "Telegram channel is off: set COMPANION_TELEGRAM_BOT_TOKEN to turn it on",
                    "SMS channel is off: set COMPANION_TWILIO_ACCOUNT_SID and COMPANION_TWILIO_AUTH_TOKEN to turn it on");
        }
    }

    @Test
    void bothChannelsAreOnWithCredentials() {
        runner.withPropertyValues(
                "companion.public-base-url=https://companion.example.org",
                "companion.telegram.bot-token=7000000001:AAHbenANAcoachCARMENtestToken",
                "companion.telegram.webhook-secret=webhook-secret-for-ben_42",
                "companion.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                "companion.twilio.auth-token=carmen0auth0token0for0tests0123",
                "companion.twilio.from=+17035550100")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(TelegramChannel.class).hasSingleBean(TwilioChannel.class);
                });
    }

    @Test
    void telegramWebhookModeWithoutASecretStopsStartUp() {
        runner.withPropertyValues(
                "companion.public-base-url=https://companion.example.org",
                "companion.telegram.bot-token=7000000001:AAHbenANAcoachCARMENtestToken")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseMessage("Telegram webhook mode needs companion.telegram.webhook-secret "
                                + "(COMPANION_TELEGRAM_WEBHOOK_SECRET): 1-256 characters of A-Z, a-z, 0-9, _ and -"));
    }

    @Test
    void telegramWithoutAPublicUrlPollsAndNeedsNoSecret() {
        runner.withPropertyValues("companion.telegram.bot-token=7000000001:AAHbenANAcoachCARMENtestToken")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(TelegramChannel.class));
    }

    @Test
    void smsWithoutASenderStopsStartUp() {
        runner.withPropertyValues(
                "companion.public-base-url=https://companion.example.org",
                "companion.twilio.account-sid=AC0123456789abcdef0123456789abcdef",
                "companion.twilio.auth-token=carmen0auth0token0for0tests0123")
                .run(context -> assertThat(context).hasFailed());
    }
}
