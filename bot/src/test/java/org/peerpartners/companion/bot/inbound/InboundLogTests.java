package org.peerpartners.companion.bot.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.bot.channel.IncomingMessage;
import org.peerpartners.companion.messaging.Channel;

class InboundLogTests extends PipelineTestSupport {

    @Test
    void storesEachProviderMessageOnceAndCountsOnlyNewOnes() {
        var hello = new IncomingMessage(Channel.SMS, "SM100", "+15550001111", "hello", List.of(), null, clock.instant());
        var again = new IncomingMessage(Channel.SMS, "SM101", "+15550001111", "again", List.of("https://media/1"),
                null, clock.instant());

        assertThat(sink.store(List.of(hello))).isEqualTo(1);
        assertThat(sink.store(List.of(hello, again))).isEqualTo(1);
        assertThat(sink.store(List.of(hello, again))).isZero();

        assertThat(jdbc.sql("SELECT provider_id FROM inbound_message ORDER BY id").query(String.class).list())
                .containsExactly("SM100", "SM101");
        assertThat(jdbc.sql("SELECT media::text FROM inbound_message WHERE provider_id = 'SM101'")
                .query(String.class).single()).isEqualTo("[\"https://media/1\"]");
    }

    @Test
    void keepsTheSameProviderIdApartOnDifferentChannels() {
        sink.store(List.of(new IncomingMessage(Channel.SMS, "42", "+15550001111", "a", List.of(), null, clock.instant())));
        int stored = sink.store(List.of(
                new IncomingMessage(Channel.TELEGRAM, "42", "1001", "b", List.of(), null, clock.instant())));

        assertThat(stored).isEqualTo(1);
    }
}
