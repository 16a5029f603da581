package org.peerpartners.companion.bot.channel.telegram;

import java.net.URI;
import java.time.Clock;

import org.peerpartners.companion.bot.channel.InboundSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram channel's beans, only when a bot token is configured; otherwise one INFO
 * line says the channel is off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    TelegramConfiguration(TelegramProperties properties) {
        if (!properties.configured()) {
            log.info("Telegram channel is off: set COMPANION_TELEGRAM_BOT_TOKEN to turn it on");
        }
    }

    @Bean
    @Conditional(TokenPresent.class)
    TelegramClient telegramClient(TelegramProperties properties, Environment environment) {
        properties.requireUsable(publicBaseUrl(environment));
        return TelegramClients.client(properties.botToken(), properties.apiUrl(), properties.timeout());
    }

    @Bean
    @Conditional(TokenPresent.class)
    TelegramChannel telegramChannel(TelegramProperties properties, TelegramClient telegramClient, Environment environment,
            ObjectProvider<Clock> clock) {
        boolean webhook = properties.effectiveMode(publicBaseUrl(environment)) == TelegramProperties.Mode.WEBHOOK;
        return new TelegramChannel(webhook ? properties.webhookSecret() : null, telegramClient,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @Conditional(TokenPresent.class)
    TelegramBotsLongPollingApplication telegramPollingApplication() {
        return new TelegramBotsLongPollingApplication();
    }

    @Bean
    @Conditional(TokenPresent.class)
    TelegramStartup telegramStartup(TelegramClient telegramClient, TelegramProperties properties,
            TelegramChannel telegramChannel, InboundSink sink, TelegramBotsLongPollingApplication application,
            Environment environment) {
        URI publicBaseUrl = publicBaseUrl(environment);
        log.info("Telegram channel is on ({} mode)", properties.effectiveMode(publicBaseUrl).name().toLowerCase());
        return new TelegramStartup(telegramClient, properties, publicBaseUrl,
                new TelegramPolling(telegramChannel, sink), application);
    }


    /** {@code companion.public-base-url}: where Telegram and Twilio reach us, if they can. */
    static URI publicBaseUrl(Environment environment) {
        return Binder.get(environment).bind("companion.public-base-url", URI.class).orElse(null);
    }

    static final class TokenPresent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty("companion.telegram.bot-token");
            return token != null && !token.isBlank();
        }
    }

}
