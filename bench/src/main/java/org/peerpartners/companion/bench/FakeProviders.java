package org.peerpartners.companion.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Fake Twilio and Telegram APIs on loopback that answer at once, on the JDK's own HTTP
 * server: the benchmarks measure our side, so the fakes must cost the 2 shared cores as
 * little as possible (WireMock, which the contract tests use for its strict matching, took
 * about a fifth of the CPU during the inbound run). Every send is counted in one-second
 * windows (wall clock, epoch seconds). With a cap, Telegram answers 429 with
 * {@code retry_after} to any send beyond the cap in its window, as the real API would.
 */
final class FakeProviders implements AutoCloseable {

    static final String TWILIO_SID = "SM9a8b7c6d5e4f30211a2b3c4d5e6f7081";

    private static final byte[] TWILIO_CREATED = """
            {"account_sid": "%s", "api_version": "2010-04-01", "body": "ok",
             "direction": "outbound-api", "from": "%s", "num_media": "0", "num_segments": "1",
             "sid": "%s", "status": "accepted", "to": "+15715550123"}
            """.formatted(BenchApplication.ACCOUNT, BenchApplication.OUR_NUMBER, TWILIO_SID)
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TELEGRAM_SENT = """
            {"ok": true, "result": {"message_id": 24, "from": {"id": 7000000001, "is_bot": true,
             "first_name": "Peer Partners", "username": "peer_partners_bot"},
             "chat": {"id": 5123456789, "first_name": "Ben", "type": "private"}, "date": 1795361300, "text": "ok"}}
            """.getBytes(StandardCharsets.UTF_8);
    private static final byte[] TELEGRAM_OK = "{\"ok\": true, \"result\": true}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TOO_MANY = ("{\"ok\": false, \"error_code\": 429, \"description\": "
            + "\"Too Many Requests: retry after 1\", \"parameters\": {\"retry_after\": 1}}")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer twilio;
    private final HttpServer telegram;
    private final ExecutorService threads;
    private final Windows twilioSends = new Windows(0);
    private final Windows telegramSends;

    FakeProviders(int telegramCapPerSecond) throws IOException {
        // without TCP_NODELAY a response written in two parts waits for the client's delayed ACK (40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        telegramSends = new Windows(telegramCapPerSecond);
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newFixedThreadPool(16, task -> {
            Thread thread = new Thread(task, "fake-provider-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        twilio = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        twilio.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.startsWith("/2010-04-01/Accounts/")
                    && path.endsWith("/Messages.json")) {
                twilioSends.arrive();
                answer(exchange, 201, TWILIO_CREATED);
            } else {
                answer(exchange, 404, "{\"code\": 20404, \"status\": 404}".getBytes(StandardCharsets.UTF_8));
            }
        });
        telegram = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        telegram.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT).endsWith("/sendmessage")) {
                boolean accepted = telegramSends.arrive();
                answer(exchange, accepted ? 200 : 429, accepted ? TELEGRAM_SENT : TOO_MANY);
            } else {
                answer(exchange, 200, TELEGRAM_OK);
            }
        });
        twilio.setExecutor(threads);
        telegram.setExecutor(threads);
        twilio.start();
        telegram.start();
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(OutputStream.nullOutputStream());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            out.write(body);
        }
    }

    String twilioBaseUrl() {
        return "http://127.0.0.1:" + twilio.getAddress().getPort();
    }

    String telegramBaseUrl() {
        return "http://127.0.0.1:" + telegram.getAddress().getPort();
    }

    Windows twilioSends() {
        return twilioSends;
    }

    Windows telegramSends() {
        return telegramSends;
    }

    @Override
    public void close() {
        twilio.stop(0);
        telegram.stop(0);
        threads.shutdownNow();
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

}
