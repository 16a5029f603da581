package org.peerpartners.companion.bot.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.MessagingProperties;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * An instance that dies between claiming messages and sending them loses none: its claim
 * (the lease) runs out and another instance sends them. The dying instance is a real
 * child JVM, killed with SIGKILL while it waits for Twilio's answers to its first messages
 * (it sends {@value #SEND_THREADS} at once).
 */
class CrashRecoveryTests extends JourneyTestSupport {

    static final int QUEUED = 20;
    /** The child's parallel sends: all of them are stuck at Twilio when it dies. */
    static final int SEND_THREADS = 4;

    @Autowired
    Environment environment;
    @Autowired
    Outbox outbox;
    @Autowired
    MessagingProperties properties;

    @Test
    void messagesClaimedByAnInstanceThatWasKilledAreSentAfterTheLease() throws Exception {
        // Twilio takes the first message and the instance dies before the answer comes back
        StubMapping slow = twilio.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(twilioCreated("SM0000000000000000000000000000slow").withFixedDelay(120_000)));
        for (int i = 1; i <= QUEUED; i++) {
            outbox.enqueue(OutboxEntry.text(Channel.SMS, String.format("+1555%07d", i), "REPLY", "Reply " + i,
                    Priority.REPLY, "reply:crash:" + i));
        }

        Path log = Path.of("target", "dispatcher-process.log");
        Process child = startDispatcherProcess(log);
        try {
            await().atMost(Duration.ofSeconds(90))
                    .failFast("the child stopped on its own; see " + log.toAbsolutePath(), () -> !child.isAlive())
                    .untilAsserted(() -> assertThat(twilioMessages())
                            .as("Twilio got the child's first messages, one per send thread").hasSize(SEND_THREADS));
            assertThat(statuses()).as("the child claimed the whole batch").containsOnly("SENDING");
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback of what it committed
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Set<String> inFlight = twilioMessages().stream().map(params -> params.get("Body")).collect(Collectors.toSet());
        twilio.removeStub(slow);
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(twilioCreated("SM000000000000000000000000000fast")));

        assertThat(dispatcher.recoverExpiredLeases()).as("a running lease is respected").isZero();
        assertThat(dispatcher.dispatchOnce()).as("claimed rows are not sent twice while leased").isZero();

        clock.advance(properties.outbound().lease().plusSeconds(1));
        assertThat(dispatcher.recoverExpiredLeases()).isEqualTo(QUEUED);
        runWorkers();

        assertThat(statuses()).containsOnly("SENT").hasSize(QUEUED);
        Map<String, Long> received = twilioMessages().stream()
                .collect(Collectors.groupingBy(params -> params.get("Body"), Collectors.counting()));
        Map<String, Long> expected = IntStream.rangeClosed(1, QUEUED).boxed()
                // the one ambiguous window: Twilio took these before their sender died
                .collect(Collectors.toMap(i -> "Reply " + i, i -> inFlight.contains("Reply " + i) ? 2L : 1L));
        assertThat(received).isEqualTo(expected);
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM outbound_message ORDER BY id").query(String.class).list();
    }

    /** The journey application in a child JVM, on this test's database, Telegram off, a Twilio wait longer than the test. */
    private Process startDispatcherProcess(Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                DispatcherProcess.class.getName()));
        Map<String, String> settings = new LinkedHashMap<>(applicationProperties());
        settings.put("companion.telegram.bot-token", "");
        settings.put("companion.twilio.timeout", "5m");
        settings.put("companion.messaging.outbound.send-threads", String.valueOf(SEND_THREADS));
        for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password")) {
            settings.put(name, environment.getRequiredProperty(name));
        }
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
