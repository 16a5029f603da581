package org.peerpartners.companion.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The message path as the journey tests run it (bot, core messaging and consent; the real
 * Telegram and Twilio adapters), plus the bench's own baseline endpoint. Everything listens
 * on loopback only; the providers are the {@link FakeProviders}; the database is the
 * embedded PostgreSQL in a temporary directory.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "org.peerpartners.companion")
@ComponentScan(basePackages = "org.peerpartners.companion")
public class BenchApplication {

    static final String PUBLIC_BASE_URL = "https://companion.example.org";
    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "bench0auth0token0not0a0secret01";
    static final String OUR_NUMBER = "+17035550100";
    static final String BOT_TOKEN = "7000000001:AAHbenchBotTokenNotARealOne000";
    static final String WEBHOOK_SECRET = "bench-webhook-secret_42";

    /** The settings the bench runs the application with; {@code overrides} win. */
    static Map<String, Object> properties(FakeProviders fakes, Path dataDir, Map<String, Object> overrides) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.task.scheduling.shutdown.await-termination", "true");
        properties.put("spring.task.scheduling.shutdown.await-termination-period", "10s");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.peerpartners", "WARN");
        properties.put("companion.database.embedded.data-dir", dataDir.toString());
        properties.put("companion.encryption.keyset-file", dataDir.resolveSibling("encryption-keyset.json").toString());
        properties.put("companion.public-base-url", PUBLIC_BASE_URL);
        properties.put("companion.twilio.account-sid", ACCOUNT);
        properties.put("companion.twilio.auth-token", AUTH_TOKEN);
        properties.put("companion.twilio.from", OUR_NUMBER);
        properties.put("companion.twilio.api-url", fakes.twilioBaseUrl());
        properties.put("companion.twilio.timeout", "5s");
        properties.put("companion.telegram.bot-token", BOT_TOKEN);
        properties.put("companion.telegram.webhook-secret", WEBHOOK_SECRET);
        properties.put("companion.telegram.api-url", fakes.telegramBaseUrl());
        properties.put("companion.telegram.timeout", "5s");
        properties.put("companion.messaging.workers.enabled", "true");
        properties.putAll(overrides);
        return properties;
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(BenchApplication.class);
        application.setDefaultProperties(properties);
        // default properties lose to application.properties files on the classpath; these must win
        application.addInitializers(context -> context.getEnvironment().getPropertySources().addFirst(
                new org.springframework.core.env.MapPropertySource("bench", properties)));
        return application.run();
    }

    /**
     * How durable a commit is in the database the run uses: io.zonky's embedded PostgreSQL
     * starts with {@code -F} (fsync off) and {@code synchronous_commit=off}, both set on the
     * server's command line, which {@code ALTER SYSTEM} cannot override. Printed with the results.
     */
    static String durability(ConfigurableApplicationContext context) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT 'synchronous_commit ' || current_setting('synchronous_commit') || ', fsync ' "
                        + "|| current_setting('fsync')")
                .query(String.class).single();
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
