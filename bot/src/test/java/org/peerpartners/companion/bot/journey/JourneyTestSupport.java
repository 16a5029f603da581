package org.peerpartners.companion.bot.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.peerpartners.companion.bot.TestClock;
import org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport;
import org.peerpartners.companion.bot.dispatch.Dispatcher;
import org.peerpartners.companion.bot.inbound.InboundWorker;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * One running application (random port) with the real Twilio and Telegram adapters, their
 * APIs pointed at two WireMock servers. The servers start once per test JVM, before any
 * context, and live as long as the JVM, so the cached context keeps talking to them; each
 * test starts with no stubs, an empty request journal, an empty database and the clock
 * at {@link TestClock#START}. Workers are driven by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class JourneyTestSupport {

    static final String PUBLIC_BASE_URL = "https://companion.example.org";
    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "carmen0auth0token0for0tests0123";
    static final String OUR_NUMBER = "+17035550100";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    static final String STATUS_CALLBACK = PUBLIC_BASE_URL + "/webhooks/twilio/status";
    static final String BOT_TOKEN = "7000000001:AAHbenANAcoachCARMENtestToken";
    static final String WEBHOOK_SECRET = "webhook-secret-for-ben_42";
    static final String SEND_MESSAGE = "/bot" + BOT_TOKEN + "/sendmessage";

    static final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());
    static final WireMockServer telegram = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        twilio.start();
        telegram.start();
        // what the application asks Telegram once it is ready (the tests reset these stubs)
        telegram.stubFor(post(urlPathEqualTo("/bot" + BOT_TOKEN + "/setMyCommands"))
                .willReturn(okJson("{\"ok\": true, \"result\": true}")));
        telegram.stubFor(post(urlPathEqualTo("/bot" + BOT_TOKEN + "/setWebhook"))
                .willReturn(okJson("{\"ok\": true, \"result\": true}")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            twilio.stop();
            telegram.stop();
        }));
    }

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+\\d{8,15}");

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        applicationProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The settings every instance of the journey application runs with (besides its database). */
    static Map<String, String> applicationProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("companion.public-base-url", PUBLIC_BASE_URL);
        properties.put("companion.twilio.account-sid", ACCOUNT);
        properties.put("companion.twilio.auth-token", AUTH_TOKEN);
        properties.put("companion.twilio.from", OUR_NUMBER);
        properties.put("companion.twilio.api-url", twilio.baseUrl());
        properties.put("companion.twilio.timeout", "5s");
        properties.put("companion.telegram.bot-token", BOT_TOKEN);
        properties.put("companion.telegram.webhook-secret", WEBHOOK_SECRET);
        properties.put("companion.telegram.api-url", telegram.baseUrl());
        properties.put("companion.telegram.timeout", "5s");
        // the test clock stands still, so every send falls in one rate-limit window
        properties.put("companion.messaging.rate-limits.sms-segments-per-second", "1000000");
        properties.put("companion.messaging.rate-limits.telegram-per-second", "1000000");
        properties.put("companion.messaging.rate-limits.telegram-per-chat-per-second", "1000");
        return properties;
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    InboundWorker worker;
    @Autowired
    Dispatcher dispatcher;
    @Autowired
    JdbcAggregateOperations aggregates;

    Fixtures fixtures;
    ProviderTestSupport.LogCapture logs;

    @BeforeEach
    void resetWorld() {
        logs = new ProviderTestSupport.LogCapture();
        jdbc.sql("""
                TRUNCATE inbound_message, outbound_message, consent_event, rate_limit, channel_identity,
                    participant, peer_group, staff_user, program RESTART IDENTITY CASCADE
                """).update();
        clock.reset();
        twilio.resetAll();
        telegram.resetAll();
        fixtures = new Fixtures(aggregates, clock);
    }

    /** Whatever happened, no credential and no whole phone number reached the logs (INFO and above). */
    @AfterEach
    void noSecretLogged() {
        try {
            logs.assertNoneContains(AUTH_TOKEN, BOT_TOKEN, BOT_TOKEN.substring(BOT_TOKEN.indexOf(':') + 1),
                    WEBHOOK_SECRET);
            assertThat(logs.lines()).as("logs").noneMatch(line -> PHONE_NUMBER.matcher(line).find());
        } finally {
            logs.close();
        }
    }

    /** Processes every due inbound message, then sends every due outbound one. */
    void runWorkers() {
        while (worker.drain() > 0) {
            // until the log is empty
        }
        while (dispatcher.dispatchOnce() > 0) {
            // until nothing is due
        }
    }

    // --- Twilio ---

    /** Posts a form to one of our Twilio webhooks, signed as Twilio signs it for our public URL. */
    HttpResponse<String> postSignedByTwilio(String path, Map<String, String> params) {
        return postForm(path, params, twilioSignature(AUTH_TOKEN, PUBLIC_BASE_URL + path, params));
    }

    HttpResponse<String> postForm(String path, Map<String, String> params, String signature) {
        String body = params.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(local(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * HMAC-SHA1 over the URL followed by every parameter name and value in name order,
     * Base64: https://www.twilio.com/docs/usage/webhooks/webhooks-security, what
     * {@code com.twilio.security.RequestValidator} checks; written out here so the test
     * does not trust the SDK to check itself.
     */
    static String twilioSignature(String key, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The inbound SMS fixture, from another number, with another text and message SID. */
    static Map<String, String> inboundSms(String sid, String from, String text) {
        Map<String, String> params = formFixture("twilio/inbound-sms.form");
        params.put("MessageSid", sid);
        params.put("SmsMessageSid", sid);
        params.put("SmsSid", sid);
        params.put("From", from);
        params.put("Body", text);
        return params;
    }

    static Map<String, String> formFixture(String fixture) {
        Map<String, String> params = new LinkedHashMap<>();
        ProviderTestSupport.fixture(fixture).lines().filter(line -> !line.isBlank()).forEach(line -> {
            int equals = line.indexOf('=');
            params.put(line.substring(0, equals), line.substring(equals + 1));
        });
        return params;
    }

    /** Twilio's 201 answer to a create-message call, with this SID. */
    static ResponseDefinitionBuilder twilioCreated(String sid) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(ProviderTestSupport.fixture("twilio/create-message-201.json")
                        .replace("SM9a8b7c6d5e4f30211a2b3c4d5e6f7081", sid));
    }

    /** The form parameters of every create-message call the fake Twilio received, in order. */
    static List<Map<String, String>> twilioMessages() {
        return twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
                .map(JourneyTestSupport::form)
                .toList();
    }

    static List<Map<String, String>> twilioMessagesTo(String number) {
        return twilioMessages().stream().filter(params -> number.equals(params.get("To"))).toList();
    }

    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] parts = pair.split("=", 2);
            params.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    // --- Telegram ---

    HttpResponse<String> postTelegramUpdate(String json, String secret) {
        return send(HttpRequest.newBuilder(local("/webhooks/telegram"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", secret)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    // --- the database ---

    String status(long outboundId) {
        return jdbc.sql("SELECT status FROM outbound_message WHERE id = :id").param("id", outboundId)
                .query(String.class).single();
    }

    long inboundId(String providerId) {
        return jdbc.sql("SELECT id FROM inbound_message WHERE provider_id = :providerId")
                .param("providerId", providerId).query(Long.class).single();
    }

    private URI local(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the application did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
