package org.peerpartners.companion.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Fake Twilio and Telegram APIs on loopback that answer at once. Every send is counted in
 * one-second windows (wall clock, epoch seconds). With a cap, Telegram answers 429 with
 * {@code retry_after} to any send beyond the cap in its window, as the real API would.
 */
final class FakeProviders implements AutoCloseable {

    static final String TWILIO_SID = "SM9a8b7c6d5e4f30211a2b3c4d5e6f7081";

    private final WireMockServer twilio;
    private final WireMockServer telegram;
    private final Windows twilioSends = new Windows(0);
    private final Windows telegramSends;

    FakeProviders(int telegramCapPerSecond) {
        telegramSends = new Windows(telegramCapPerSecond);
        twilio = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().containerThreads(40)
                .disableRequestJournal().extensions(new Counting("twilio-sends", twilioSends)));
        telegram = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().containerThreads(40)
                .disableRequestJournal().extensions(new Counting("telegram-sends", telegramSends)));
        twilio.start();
        telegram.start();
        twilio.stubFor(post(urlPathMatching("/2010-04-01/Accounts/.*/Messages.json"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"account_sid": "%s", "api_version": "2010-04-01", "body": "ok",
                                 "direction": "outbound-api", "from": "%s", "num_media": "0", "num_segments": "1",
                                 "sid": "%s", "status": "accepted", "to": "+15715550123"}
                                """.formatted(BenchApplication.ACCOUNT, BenchApplication.OUR_NUMBER, TWILIO_SID))));
        telegram.stubFor(any(anyUrl()).willReturn(okJson("{\"ok\": true, \"result\": true}")));
        telegram.stubFor(post(urlPathMatching("(?i)/bot.*/sendmessage")).atPriority(1).willReturn(okJson("""
                {"ok": true, "result": {"message_id": 24, "from": {"id": 7000000001, "is_bot": true,
                 "first_name": "Peer Partners", "username": "peer_partners_bot"},
                 "chat": {"id": 5123456789, "first_name": "Ben", "type": "private"}, "date": 1795361300, "text": "ok"}}
                """)));
    }

    String twilioBaseUrl() {
        return twilio.baseUrl();
    }

    String telegramBaseUrl() {
        return telegram.baseUrl();
    }

    Windows twilioSends() {
        return twilioSends;
    }

    Windows telegramSends() {
        return telegramSends;
    }

    @Override
    public void close() {
        twilio.stop();
        telegram.stop();
    }

    /** Send requests and accepted sends per epoch second; a cap of 0 accepts everything. */
    static final class Windows {
        private final int cap;
        private final Map<Long, AtomicInteger> requests = new ConcurrentHashMap<>();
        private final Map<Long, AtomicInteger> accepted = new ConcurrentHashMap<>();

        Windows(int cap) {
            this.cap = cap;
        }

        /** Counts one send in the current window; returns whether it is within the cap. */
        boolean arrive() {
            long second = System.currentTimeMillis() / 1000;
            requests.computeIfAbsent(second, s -> new AtomicInteger()).incrementAndGet();
            AtomicInteger taken = accepted.computeIfAbsent(second, s -> new AtomicInteger());
            while (true) {
                int now = taken.get();
                if (cap > 0 && now >= cap) {
                    return false;
                }
                if (taken.compareAndSet(now, now + 1)) {
                    return true;
                }
            }
        }

        int cap() {
            return cap;
        }

        Map<Long, Integer> requestsPerSecond() {
            return snapshot(requests);
        }

        Map<Long, Integer> acceptedPerSecond() {
            return snapshot(accepted);
        }

        private static Map<Long, Integer> snapshot(Map<Long, AtomicInteger> windows) {
            Map<Long, Integer> copy = new TreeMap<>();
            windows.forEach((second, count) -> {
                if (count.get() > 0) {
                    copy.put(second, count.get());
                }
            });
            return copy;
        }

        long total(Map<Long, Integer> windows) {
            return windows.values().stream().mapToLong(Integer::longValue).sum();
        }
    }

    /** Counts the sends (Twilio create-message, Telegram sendMessage) and refuses those over the cap. */
    private static final class Counting implements ResponseDefinitionTransformerV2 {
        private final String name;
        private final Windows windows;

        Counting(String name, Windows windows) {
            this.name = name;
            this.windows = windows;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String url = event.getRequest().getUrl().toLowerCase(java.util.Locale.ROOT);
            if (!url.endsWith("/sendmessage") && !url.endsWith("/messages.json")) {
                return event.getResponseDefinition();
            }
            if (windows.arrive()) {
                return event.getResponseDefinition();
            }
            return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition().withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\": false, \"error_code\": 429, \"description\": \"Too Many Requests: retry after 1\","
                            + " \"parameters\": {\"retry_after\": 1}}")
                    .build();
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
