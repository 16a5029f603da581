package org.peerpartners.companion.bot.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.peerpartners.companion.bot.channel.telegram.ProviderTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the channel journeys share: fake providers that accept every send, and a person
 * writing on SMS (a signed Twilio webhook), Telegram (an update with the webhook secret) or
 * the sandbox (its HTTP API), then reading what the provider got.
 */
abstract class ChannelJourneySupport extends JourneyTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** What the fake Telegram answers to every sendMessage, unless a test says otherwise. */
    static final int TELEGRAM_MESSAGE_ID = 24;

    private static final AtomicInteger inboundIds = new AtomicInteger(1000);
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void providersAcceptEverySend() {
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(twilioCreated("SM00000000000000000000000000sent")));
        telegramAnswersWithMessageId(TELEGRAM_MESSAGE_ID);
    }

    /** Every sendMessage from now on is answered with this message id. */
    static void telegramAnswersWithMessageId(int messageId) {
        telegram.stubFor(post(urlPathEqualTo(SEND_MESSAGE)).willReturn(okJson(ProviderTestSupport
                .fixture("telegram/answer-sendmessage-ok.json")
                .replace("\"message_id\": 24", "\"message_id\": " + messageId))));
    }

    /** A text from this phone through the signed Twilio webhook, then both workers. */
    void sms(String phone, String text) {
        String sid = String.format("SM%032d", inboundIds.incrementAndGet());
        assertThat(postSignedByTwilio("/webhooks/twilio/sms", inboundSms(sid, phone, text)).statusCode())
                .isEqualTo(200);
        runWorkers();
    }

    /** A Telegram message from this private chat, then both workers. */
    void telegramText(String chatId, String text) {
        telegramMessage(chatId, text, null, null);
    }

    /**
     * A Telegram message from this private chat through the webhook, then both workers.
     *
     * @param username the sender's @username, or null
     * @param replyToMessageId the message (of the bot's) this one replies to, or null
     */
    void telegramMessage(String chatId, String text, String username, Integer replyToMessageId) {
        int id = inboundIds.incrementAndGet();
        long chat = Long.parseLong(chatId);
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("id", chat);
        from.put("is_bot", false);
        from.put("first_name", "Someone");
        if (username != null) {
            from.put("username", username);
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", id);
        message.put("from", from);
        message.put("chat", Map.of("id", chat, "first_name", "Someone", "type", "private"));
        message.put("date", clock.instant().getEpochSecond());
        message.put("text", text);
        if (replyToMessageId != null) {
            message.put("reply_to_message", Map.of(
                    "message_id", replyToMessageId,
                    "from", Map.of("id", 7000000001L, "is_bot", true, "first_name", "Peer Partners"),
                    "chat", Map.of("id", chat, "type", "private"),
                    "date", clock.instant().getEpochSecond() - 60,
                    "text", "(the relayed message)"));
        }
        String update = JSON.writeValueAsString(Map.of("update_id", 904_000_000 + id, "message", message));
        assertThat(postTelegramUpdate(update, WEBHOOK_SECRET).statusCode()).isEqualTo(200);
        runWorkers();
    }

    /** A message typed in the sandbox chat as this participant, then both workers; returns the sandbox address. */
    String sandbox(long participantId, String text) {
        HttpResponse<String> answer = local(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/sandbox/messages"))
                .header("Content-Type", "application/json")
                .header(JourneyTestApplication.STAFF_HEADER, coachOf(participantId))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("participantId", participantId, "text", text))))
                .build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        runWorkers();
        return JSON.readTree(answer.body()).get("address").asString();
    }

    /** The bot's side of a sandbox conversation as the chat page reads it, sent at or after this instant. */
    List<String> sandboxRepliesSince(String address, Instant since) {
        HttpResponse<String> answer = local(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/sandbox/conversations/" + address))
                .header(JourneyTestApplication.STAFF_HEADER, coachOf(Long.parseLong(address.replace("participant-", ""))))
                .GET().build());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode lines = JSON.readTree(answer.body());
        return lines.valueStream()
                .filter(line -> line.get("direction").asString().equals("OUT"))
                .filter(line -> !Instant.parse(line.get("at").asString()).isBefore(since))
                .map(line -> line.get("text").asString())
                .toList();
    }

    /** The texts the fake Twilio was asked to send to this number, in order. */
    static List<String> smsBodiesTo(String phone) {
        return twilioMessagesTo(phone).stream().map(params -> params.get("Body")).toList();
    }

    /** The JSON bodies of every sendMessage the fake Telegram got for this chat, in order. */
    static List<JsonNode> telegramMessagesTo(String chatId) {
        return telegram.findAll(postRequestedFor(urlPathEqualTo(SEND_MESSAGE))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .filter(body -> body.get("chat_id").asString().equals(chatId))
                .toList();
    }

    static List<String> telegramTextsTo(String chatId) {
        return telegramMessagesTo(chatId).stream().map(body -> body.get("text").asString()).toList();
    }

    /** The sign-in email of the participant's coach, who may use the sandbox as them. */
    private String coachOf(long participantId) {
        return jdbc.sql("""
                SELECT s.email FROM participant p JOIN peer_group g ON g.id = p.group_id
                JOIN staff_user s ON s.id = g.coach_id WHERE p.id = :participant
                """).param("participant", participantId).query(String.class).single();
    }

    private static HttpResponse<String> local(HttpRequest request) {
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
