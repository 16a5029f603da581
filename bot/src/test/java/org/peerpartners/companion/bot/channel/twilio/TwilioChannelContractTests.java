package org.peerpartners.companion.bot.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport.fixture;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpartners.companion.bot.channel.DeliveryReport;
import org.peerpartners.companion.bot.channel.DeliveryReportParser;
import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.InboundResult.Reason;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.bot.channel.SendResult.SendFailure;
import org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport;
import org.peerpartners.companion.messaging.Channel;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * The SMS channel contract: inbound SMS/MMS and status callbacks (signed as Twilio signs
 * them) and every answer of the Messages API, with the real Twilio SDK against a strict
 * WireMock.
 */
class TwilioChannelContractTests {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "carmen0auth0token0for0tests0123";
    static final URI PUBLIC = URI.create("https://companion.example.org");
    static final String BEN_PHONE = "+15715550123";
    static final String OUR_NUMBER = "+17035550100";
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";

    @RegisterExtension
    static WireMockExtension twilio = ProviderTestSupport.strictProvider();

    private ProviderTestSupport.LogCapture logs;
    private TwilioChannel channel;

    @BeforeEach
    void setUp() {
        logs = new ProviderTestSupport.LogCapture();
        channel = new TwilioChannel(AUTH_TOKEN, PUBLIC,
                TwilioRestClients.client(ACCOUNT, AUTH_TOKEN, URI.create(twilio.baseUrl()), Duration.ofMillis(4000)),
                OUR_NUMBER, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void everyStubUsedAndNoSecretLogged() {
        try {
            ProviderTestSupport.assertEveryStubUsed(twilio);
            logs.assertNoneContains(AUTH_TOKEN, BEN_PHONE, "5715550123", OUR_NUMBER, "7035550100");
            assertThat(logs.lines()).noneMatch(line -> line.matches(".*[A-Za-z0-9+/]{27}=.*")); // no signature
        } finally {
            logs.close();
        }
    }

    static Stream<Arguments> inbound() {
        return Stream.of(
                Arguments.of("SMS", form("twilio/inbound-sms.form"), Signing.VALID,
                        accepted("SM3f9c1e0d2b7a4c6e8f0a1b2c3d4e5f60", "SPENT 12.50 bowling", List.of())),
                Arguments.of("MMS keeps media URLs, downloads nothing", form("twilio/inbound-mms.form"), Signing.VALID,
                        accepted("MM8e7d6c5b4a39281706f5e4d3c2b1a090", "receipt from the museum", List.of(
                                "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/MM8e7d6c5b4a39281706f5e4d3c2b1a090/Media/ME1a2b3c4d5e6f708192a3b4c5d6e7f809"))),
                Arguments.of("wrong signature", form("twilio/inbound-sms.form"), Signing.WRONG_KEY,
                        new InboundResult.Rejected(Reason.UNAUTHENTIC, "wrong signature")),
                Arguments.of("signed for another URL", form("twilio/inbound-sms.form"), Signing.STATUS_URL,
                        new InboundResult.Rejected(Reason.UNAUTHENTIC, "wrong signature")),
                Arguments.of("missing signature", form("twilio/inbound-sms.form"), Signing.NONE,
                        new InboundResult.Rejected(Reason.UNAUTHENTIC, "missing signature")),
                Arguments.of("signed but without MessageSid", withoutSid(form("twilio/inbound-sms.form")), Signing.VALID,
                        new InboundResult.Rejected(Reason.MALFORMED, "MessageSid or From missing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inbound")
    void mapsInboundWebhook(String name, Map<String, String> params, Signing signing, InboundResult expected) {
        InboundResult result = channel.receive(signed(params, signing, TwilioChannel.SMS_PATH));

        assertThat(result).isEqualTo(expected);
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("delivered", form("twilio/status-delivered.form"), Signing.VALID,
                        reported("SM9a8b7c6d5e4f30211a2b3c4d5e6f7081", DeliveryReport.Status.DELIVERED, null)),
                Arguments.of("failed 30007 (carrier filtering)", form("twilio/status-failed-30007.form"), Signing.VALID,
                        reported("SM9a8b7c6d5e4f30211a2b3c4d5e6f7083", DeliveryReport.Status.FAILED, "30007")),
                Arguments.of("undelivered 21610 (person replied STOP)", form("twilio/status-undelivered-21610.form"),
                        Signing.VALID, reported("SM9a8b7c6d5e4f30211a2b3c4d5e6f7082",
                                DeliveryReport.Status.RECIPIENT_STOPPED, "21610")),
                Arguments.of("sent", with(form("twilio/status-delivered.form"), "MessageStatus", "sent"), Signing.VALID,
                        reported("SM9a8b7c6d5e4f30211a2b3c4d5e6f7081", DeliveryReport.Status.SENT, null)),
                Arguments.of("intermediate status", with(form("twilio/status-delivered.form"), "MessageStatus", "sending"),
                        Signing.VALID, new DeliveryReportParser.Ignored("intermediate status sending")),
                Arguments.of("status with wrong signature", form("twilio/status-delivered.form"), Signing.WRONG_KEY,
                        new DeliveryReportParser.Rejected(Reason.UNAUTHENTIC, "wrong signature")),
                Arguments.of("status without signature", form("twilio/status-delivered.form"), Signing.NONE,
                        new DeliveryReportParser.Rejected(Reason.UNAUTHENTIC, "missing signature")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void mapsStatusCallback(String name, Map<String, String> params, Signing signing,
            DeliveryReportParser.Result expected) {
        DeliveryReportParser.Result result = channel.parseReport(signed(params, signing, TwilioChannel.STATUS_PATH));

        assertThat(result).isEqualTo(expected);
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("201 created", json(201, "twilio/create-message-201.json"),
                        new SendResult.Sent("SM9a8b7c6d5e4f30211a2b3c4d5e6f7081", 1)),
                Arguments.of("201 takes Twilio's segment count",
                        (UnaryOperator<ResponseDefinitionBuilder>) response -> response.withStatus(201)
                                .withHeader("Content-Type", "application/json")
                                .withBody(fixture("twilio/create-message-201.json")
                                        .replace("\"num_segments\": \"1\"", "\"num_segments\": \"3\"")),
                        new SendResult.Sent("SM9a8b7c6d5e4f30211a2b3c4d5e6f7081", 3)),
                Arguments.of("201 without num_segments counts them",
                        (UnaryOperator<ResponseDefinitionBuilder>) response -> response.withStatus(201)
                                .withHeader("Content-Type", "application/json")
                                .withBody(fixture("twilio/create-message-201.json")
                                        .replace("\"num_segments\": \"1\",", "")),
                        // the 59-character GSM text fits one segment
                        new SendResult.Sent("SM9a8b7c6d5e4f30211a2b3c4d5e6f7081", 1)),
                Arguments.of("400 21211 invalid number", json(400, "twilio/error-21211-400.json"),
                        failed(SendFailure.terminal("21211 invalid 'To' number"))),
                Arguments.of("400 21610 unsubscribed", json(400, "twilio/error-21610-400.json"),
                        failed(SendFailure.recipientStopped("HTTP 400, Twilio error 21610"))),
                Arguments.of("401 20003 credentials", json(401, "twilio/error-20003-401.json"),
                        failed(SendFailure.terminal("20003 credentials refused"))),
                Arguments.of("429 20429", json(429, "twilio/error-20429-429.json"),
                        failed(SendFailure.retryable("HTTP 429, Twilio error 20429", null))),
                Arguments.of("500", (UnaryOperator<ResponseDefinitionBuilder>) response -> response.withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 500}"),
                        failed(SendFailure.retryable("HTTP 500, Twilio error 20500", null))),
                Arguments.of("timeout", (UnaryOperator<ResponseDefinitionBuilder>) response -> response.withStatus(201)
                        .withBody(fixture("twilio/create-message-201.json")).withFixedDelay(6000),
                        failed(SendFailure.retryable("no answer from Twilio", null))),
                Arguments.of("connection reset",
                        (UnaryOperator<ResponseDefinitionBuilder>) response -> response
                                .withFault(Fault.CONNECTION_RESET_BY_PEER),
                        failed(SendFailure.retryable("no answer from Twilio", null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void mapsMessagesApiAnswer(String name, UnaryOperator<ResponseDefinitionBuilder> response, SendResult expected) {
        twilio.stubFor(post(urlPathEqualTo(MESSAGES))
                .withBasicAuth(ACCOUNT, AUTH_TOKEN)
                .withFormParam("To", equalTo(BEN_PHONE))
                .withFormParam("From", equalTo(OUR_NUMBER))
                .withFormParam("Body", equalTo("Logged $12.50 for bowling. You have $27.50 left this month."))
                .withFormParam("StatusCallback", equalTo("https://companion.example.org/webhooks/twilio/status"))
                .willReturn(response.apply(aResponse())));

        SendResult result = channel.send(new OutgoingMessage(42, BEN_PHONE,
                "Logged $12.50 for bowling. You have $27.50 left this month.", List.of()));

        assertThat(result).isEqualTo(expected);
        if (name.startsWith("401")) {
            assertThat(logs.lines()).anyMatch(line -> line.contains("COMPANION_TWILIO_AUTH_TOKEN"));
        }
    }

    @Test
    void sendsFromAMessagingServiceWhenConfiguredSo() {
        TwilioChannel viaService = new TwilioChannel(AUTH_TOKEN, PUBLIC,
                TwilioRestClients.client(ACCOUNT, AUTH_TOKEN, URI.create(twilio.baseUrl()), Duration.ofMillis(4000)),
                "MG0a1b2c3d4e5f60718293a4b5c6d7e8f9", Clock.fixed(NOW, ZoneOffset.UTC));
        twilio.stubFor(post(urlPathEqualTo(MESSAGES))
                .withFormParam("MessagingServiceSid", equalTo("MG0a1b2c3d4e5f60718293a4b5c6d7e8f9"))
                .withRequestBody(containing("To=%2B15715550123"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(fixture("twilio/create-message-201.json"))));

        SendResult result = viaService.send(new OutgoingMessage(43, BEN_PHONE, "Hola, Ben", List.of()));

        assertThat(result).isEqualTo(new SendResult.Sent("SM9a8b7c6d5e4f30211a2b3c4d5e6f7081", 1));
    }

    enum Signing {
        VALID, WRONG_KEY, STATUS_URL, NONE
    }

    /** Signs as https://www.twilio.com/docs/usage/webhooks/webhooks-security describes, independently of the SDK. */
    private static InboundRequest signed(Map<String, String> params, Signing signing, String path) {
        String body = params.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/x-www-form-urlencoded");
        if (signing != Signing.NONE) {
            String url = PUBLIC + (signing == Signing.STATUS_URL ? TwilioChannel.STATUS_PATH : path);
            String key = signing == Signing.WRONG_KEY ? "ana0auth0token0not0ours0000000" : AUTH_TOKEN;
            headers.put("x-twilio-signature", signature(key, url, params));
        }
        return new InboundRequest(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String signature(String key, String url, Map<String, String> params) {
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

    /** A fixture's "key=value" lines. */
    private static Map<String, String> form(String fixture) {
        Map<String, String> params = new LinkedHashMap<>();
        fixture(fixture).lines().filter(line -> !line.isBlank()).forEach(line -> {
            int equals = line.indexOf('=');
            params.put(line.substring(0, equals), line.substring(equals + 1));
        });
        return params;
    }

    private static Map<String, String> with(Map<String, String> params, String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(key, value);
        return changed;
    }

    private static Map<String, String> withoutSid(Map<String, String> params) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("MessageSid");
        return changed;
    }

    private static UnaryOperator<ResponseDefinitionBuilder> json(int status, String fixture) {
        return response -> response.withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(fixture(fixture));
    }

    private static SendResult failed(SendFailure failure) {
        return new SendResult.Failed(failure);
    }

    private static InboundResult accepted(String sid, String text, List<String> media) {
        return new InboundResult.Accepted(List.of(new IncomingMessage(Channel.SMS, sid, BEN_PHONE, text, media, null, NOW)));
    }

    private static DeliveryReportParser.Result reported(String sid, DeliveryReport.Status status, String errorCode) {
        return new DeliveryReportParser.Reported(new DeliveryReport(Channel.SMS, sid, status, errorCode));
    }
}
