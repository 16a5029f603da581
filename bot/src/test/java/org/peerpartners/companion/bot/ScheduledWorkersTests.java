package org.peerpartners.companion.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {
        "companion.messaging.workers.enabled=true",
        "companion.messaging.workers.poll-interval=50ms"})
class ScheduledWorkersTests extends PipelineTestSupport {

    @Autowired
    BotTexts texts;

    @Test
    void scheduledWorkersAnswerAStoredMessageWithoutAnyoneDrivingThem() {
        participant("Ana", "en", Channel.SANDBOX, "ana-phone");
        receive(Channel.SANDBOX, "ana-phone", "HELP");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(sentTo(Channel.SANDBOX, "ana-phone"))
                        .containsExactly(texts.text(Locale.ENGLISH, "consent.help")));
    }
}
