package org.peerpartners.companion.bot.channel.twilio;

import java.net.URI;
import java.time.Clock;

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
import org.peerpartners.companion.messaging.AddressMask;

/**
 * The SMS channel's beans, only when Twilio credentials are configured; otherwise one INFO
 * line says the channel is off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioProperties.class)
class TwilioConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TwilioConfiguration.class);

    TwilioConfiguration(TwilioProperties properties) {
        if (!properties.configured()) {
            log.info("SMS channel is off: set COMPANION_TWILIO_ACCOUNT_SID and COMPANION_TWILIO_AUTH_TOKEN to turn it on");
        }
    }

    @Bean
    @Conditional(CredentialsPresent.class)
    TwilioChannel twilioChannel(TwilioProperties properties, Environment environment, ObjectProvider<Clock> clock) {
        URI publicBaseUrl = Binder.get(environment).bind("companion.public-base-url", URI.class).orElse(null);
        properties.requireUsable(publicBaseUrl);
        log.info("SMS channel is on (Twilio, from {})", AddressMask.mask(properties.from()));
        return new TwilioChannel(properties.authToken(), publicBaseUrl,
                TwilioRestClients.client(properties.accountSid(), properties.authToken(), properties.apiUrl(),
                        properties.timeout()),
                properties.from(), clock.getIfAvailable(Clock::systemUTC));
    }


    static final class CredentialsPresent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return present(environment.getProperty("companion.twilio.account-sid"))
                    && present(environment.getProperty("companion.twilio.auth-token"));
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }

}
