package org.peerpartners.companion.bot.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.dispatch.Dispatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two instances of the application (two Spring contexts, each with its own connection
 * pool, dispatcher and Twilio client) share one database and send one outbox.
 */
class TwoInstancesTests extends JourneyTestSupport {

    static final int MESSAGES_QUEUED = 10_000;

    @Autowired
    Environment environment;

    @Test
    void twoInstancesSendTenThousandQueuedSmsExactlyOnce() throws Exception {
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(twilioCreated("SM00000000000000000000000000bulk")));
        // what Outbox.enqueue writes, in one statement instead of ten thousand
        jdbc.sql("""
                INSERT INTO outbound_message (channel, address, kind, body, priority, status, next_attempt_at,
                    dedup_key, created_at)
                SELECT 'SMS', '+1555' || lpad(n::text, 7, '0'), 'MEETING_REMINDER', 'Reminder ' || n, 5, 'QUEUED',
                    :now, 'meeting-reminder:' || n, :now
                FROM generate_series(1, :count) AS n
                """).param("now", Timestamp.from(clock.instant())).param("count", MESSAGES_QUEUED).update();

        try (ConfigurableApplicationContext second = secondInstance()) {
            List<Integer> claimed = drainConcurrently(dispatcher, second.getBean(Dispatcher.class));

            assertThat(claimed).as("both instances took part").allSatisfy(count -> assertThat(count).isPositive());
            assertThat(claimed.get(0) + claimed.get(1)).isEqualTo(MESSAGES_QUEUED);
        }

        assertThat(jdbc.sql("SELECT status || ' ' || attempts, count(*) FROM outbound_message GROUP BY 1")
                .query((rs, n) -> rs.getString(1) + ": " + rs.getInt(2)).list())
                .containsExactly("SENT 1: " + MESSAGES_QUEUED);
        Map<String, Long> received = twilioMessages().stream()
                .collect(Collectors.groupingBy(params -> params.get("To") + " " + params.get("Body"),
                        Collectors.counting()));
        Map<String, Long> once = IntStream.rangeClosed(1, MESSAGES_QUEUED).boxed()
                .collect(Collectors.toMap(n -> String.format("+1555%07d Reminder %d", n, n), n -> 1L));
        assertThat(received).isEqualTo(once);
    }

    /** The journey application again, on the first one's database, without a web server or Telegram. */
    private ConfigurableApplicationContext secondInstance() {
        Map<String, Object> properties = new HashMap<>(applicationProperties());
        properties.put("companion.telegram.bot-token", "");
        for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password")) {
            properties.put(name, environment.getRequiredProperty(name));
        }
        return new SpringApplicationBuilder(JourneyTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
    }

    /** Runs each dispatcher on its own thread until it finds nothing due; returns how many rows each claimed. */
    private static List<Integer> drainConcurrently(Dispatcher... dispatchers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(dispatchers.length);
        try {
            Function<Dispatcher, Callable<Integer>> drain = dispatcher -> () -> {
                int claimed = 0;
                int batch;
                while ((batch = dispatcher.dispatchOnce()) > 0) {
                    claimed += batch;
                }
                return claimed;
            };
            List<Future<Integer>> results = threads.invokeAll(List.of(dispatchers).stream().map(drain).toList());
            return results.stream().map(TwoInstancesTests::get).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static int get(Future<Integer> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new IllegalStateException("a dispatcher failed", e);
        }
    }
}
