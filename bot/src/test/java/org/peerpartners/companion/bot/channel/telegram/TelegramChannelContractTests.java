package org.peerpartners.companion.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport.fixture;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpartners.companion.bot.channel.InboundRequest;
import org.peerpartners.companion.bot.channel.InboundResult;
import org.peerpartners.companion.bot.channel.InboundResult.Reason;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.bot.channel.OutgoingMessage;
import org.peerpartners.companion.bot.channel.SendResult;
import org.peerpartners.companion.bot.channel.SendResult.SendFailure;
import org.peerpartners.companion.messaging.Channel;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * The Telegram channel contract: one table of inbound shapes and one of Bot API answers,
 * over the recorded payloads, with the real client library against a strict WireMock.
 */
class TelegramChannelContractTests {

    static final String TOKEN = "7000000001:AAHbenANAcoachCARMENtestToken";
    static final String SECRET = "webhook-secret-for-ben_42";
    static final String BEN = "5123456789";
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String API = "/bot" + TOKEN + "/";

    @RegisterExtension
    static WireMockExtension telegram = ProviderTestSupport.strictProvider();

    private ProviderTestSupport.LogCapture logs;
    private TelegramChannel channel;

    @BeforeEach
    void setUp() {
        logs = new ProviderTestSupport.LogCapture();
        channel = new TelegramChannel(SECRET,
                TelegramClients.client(TOKEN, URI.create(telegram.baseUrl()), Duration.ofMillis(4000)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void everyStubUsedAndNoSecretLogged() {
        try {
            ProviderTestSupport.assertEveryStubUsed(telegram);
            logs.assertNoneContains(TOKEN, SECRET, "AAHbenANAcoach");
        } finally {
            logs.close();
        }
    }

    static Stream<Arguments> inbound() {
        return Stream.of(
                Arguments.of("text message", fixture("telegram/update-text.json"), SECRET, false,
                        accepted("904123002", "gaste 8,50 cine con Ana", List.of(), null)),
                Arguments.of("/start with a code is just text", fixture("telegram/update-start-with-code.json"), SECRET,
                        false, accepted("904123001", "/start K7M2QX", List.of(), null)),
                Arguments.of("reply to a relayed message", fixture("telegram/update-reply-to-relayed.json"), SECRET,
                        false, accepted("904123003", "¡Sí! Nos vemos el jueves", List.of(), "20")),
                Arguments.of("button press becomes its data, and is answered",
                        fixture("telegram/update-callback-query.json"), SECRET, true,
                        accepted("904123004", "ci:8812:done", List.of(), "22")),
                Arguments.of("photo with caption", fixture("telegram/update-photo-no-text.json"), SECRET, false,
                        accepted("904123007", "recibo del museo", List.of("AgACAgEAAxkBAAIBZ2"), null)),
                Arguments.of("photo without any text",
                        fixture("telegram/update-photo-no-text.json").replace(",\n    \"caption\": \"recibo del museo\"", ""),
                        SECRET, false, accepted("904123007", "", List.of("AgACAgEAAxkBAAIBZ2"), null)),
                Arguments.of("unknown fields are ignored",
                        fixture("telegram/update-text.json").replace("\"update_id\"", "\"some_future_field\": {\"x\": 1}, \"update_id\""),
                        SECRET, false, accepted("904123002", "gaste 8,50 cine con Ana", List.of(), null)),
                Arguments.of("edited message", fixture("telegram/update-edited-message.json"), SECRET, false,
                        new InboundResult.Ignored("edited message")),
                Arguments.of("group chat", fixture("telegram/update-group-chat.json"), SECRET, false,
                        new InboundResult.Ignored("not a private chat")),
                Arguments.of("bot blocked (my_chat_member)", fixture("telegram/update-my-chat-member-blocked.json"),
                        SECRET, false, new InboundResult.Ignored("my_chat_member update")),
                Arguments.of("malformed JSON", "{\"update_id\": 1, \"message\": ", SECRET, false,
                        new InboundResult.Rejected(Reason.MALFORMED, "not a Telegram update")),
                Arguments.of("wrong secret", fixture("telegram/update-text.json"), "webhook-secret-for-ana_42", false,
                        new InboundResult.Rejected(Reason.UNAUTHENTIC, "wrong secret token")),
                Arguments.of("missing secret", fixture("telegram/update-text.json"), null, false,
                        new InboundResult.Rejected(Reason.UNAUTHENTIC, "missing secret token")),
                Arguments.of("wrong secret is refused before parsing", "not json at all", "nope", false,
                        new InboundResult.Rejected(Reason.UNAUTHENTIC, "wrong secret token")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inbound")
    void mapsInboundUpdate(String name, String body, String secret, boolean answersButton, InboundResult expected) {
        if (answersButton) {
            telegram.stubFor(post(urlPathEqualTo(API + "answercallbackquery"))
                    .withRequestBody(matchingJsonPath("$.callback_query_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("4382bfdwdsb323b2d9")))
                    .willReturn(okJson("{\"ok\": true, \"result\": true}")));
        }
        Map<String, String> headers = new HashMap<>();
        if (secret != null) {
            headers.put(TelegramChannel.SECRET_HEADER.toLowerCase(), secret);
        }

        InboundResult result = channel.receive(new InboundRequest(headers, body.getBytes(StandardCharsets.UTF_8)));

        assertThat(result).isEqualTo(expected);
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("200 sent", answer(200, "telegram/answer-sendmessage-ok.json"),
                        new SendResult.Sent("24", 1)),
                Arguments.of("400 chat not found", answer(400, "telegram/answer-400-chat-not-found.json"),
                        failed(SendFailure.terminal("400 Bad Request: chat not found"))),
                Arguments.of("401 token refused", answer(401, "telegram/answer-401-unauthorized.json"),
                        failed(SendFailure.terminal("401 bot token refused"))),
                Arguments.of("403 blocked by the user", answer(403, "telegram/answer-403-blocked.json"),
                        failed(SendFailure.recipientStopped("403 Forbidden: bot was blocked by the user"))),
                Arguments.of("403 user deactivated",
                        json(403, "{\"ok\": false, \"error_code\": 403, \"description\": \"Forbidden: user is deactivated\"}"),
                        failed(SendFailure.recipientStopped("403 Forbidden: user is deactivated"))),
                Arguments.of("429 with retry_after", answer(429, "telegram/answer-429-retry-after.json"),
                        failed(SendFailure.retryable("429 Too Many Requests: retry after 7", Duration.ofSeconds(7)))),
                Arguments.of("502 from the Bot API",
                        json(502, "{\"ok\": false, \"error_code\": 502, \"description\": \"Bad Gateway\"}"),
                        failed(SendFailure.retryable("502 Bad Gateway", null))),
                Arguments.of("503 HTML page from a proxy",
                        (Consumer<MappingBuilder>) stub -> telegram.stubFor(
                                stub.willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>"))),
                        failed(SendFailure.retryable("unreadable answer from Telegram", null))),
                Arguments.of("timeout",
                        (Consumer<MappingBuilder>) stub -> telegram.stubFor(
                                stub.willReturn(okJson(fixture("telegram/answer-sendmessage-ok.json")).withFixedDelay(6000))),
                        failed(SendFailure.retryable("no answer from Telegram: InterruptedIOException", null))),
                Arguments.of("connection reset",
                        (Consumer<MappingBuilder>) stub -> telegram.stubFor(
                                stub.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))),
                        failed(SendFailure.retryable("no answer from Telegram: SocketException", null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void mapsBotApiAnswer(String name, Consumer<MappingBuilder> stub,
            SendResult expected) {
        stub.accept(post(urlPathEqualTo(API + "sendmessage"))
                .withRequestBody(equalToJson("""
                        {"chat_id": "5123456789", "text": "¿Cómo te fue con: club de lectura?",
                         "reply_markup": {"inline_keyboard": [[
                           {"text": "Hecho", "callback_data": "ci:8812:done"},
                           {"text": "Esta vez no", "callback_data": "ci:8812:skip"}]]}}
                        """, true, true)));

        SendResult result = channel.send(new OutgoingMessage(41, BEN, "¿Cómo te fue con: club de lectura?",
                List.of(List.of(new OutgoingMessage.Button("Hecho", "ci:8812:done"),
                        new OutgoingMessage.Button("Esta vez no", "ci:8812:skip")))));

        assertThat(result).isEqualTo(expected);
        if (name.startsWith("401")) {
            assertThat(logs.lines()).anyMatch(line -> line.contains("COMPANION_TELEGRAM_BOT_TOKEN"));
        }
    }

    private static Consumer<MappingBuilder> answer(int status, String fixture) {
        return json(status, fixture(fixture));
    }

    private static Consumer<MappingBuilder> json(int status, String body) {
        return stub -> telegram.stubFor(stub.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static SendResult failed(SendFailure failure) {
        return new SendResult.Failed(failure);
    }

    private static InboundResult accepted(String updateId, String text, List<String> media, String replyTo) {
        return new InboundResult.Accepted(
                List.of(new IncomingMessage(Channel.TELEGRAM, updateId, BEN, text, media, replyTo, NOW)));
    }
}
