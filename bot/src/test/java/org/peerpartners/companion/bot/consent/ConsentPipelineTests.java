package org.peerpartners.companion.bot.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.BotTexts;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;

class ConsentPipelineTests extends PipelineTestSupport {

    static final String ANA = "ana-phone";

    @Autowired
    Outbox outbox;
    @Autowired
    BotTexts texts;

    @Test
    void stopSendsOneConfirmationCancelsWhatWasQueuedAndNothingAfter() {
        long ana = participant("Ana", "en", Channel.SANDBOX, ANA);
        long reminder = outbox.enqueue(new OutboxEntry(Channel.SANDBOX, ANA, ana, null, "MEETING_REMINDER",
                "Group is tomorrow at 6pm", Priority.BULK, "meeting-reminder:1:" + ana + ":24h",
                clock.instant().plus(Duration.ofHours(3)), List.of())).orElseThrow();

        long stop = receive(Channel.SANDBOX, ANA, "  Stop! ");
        runWorkers();

        assertThat(sentTo(Channel.SANDBOX, ANA)).containsExactly(texts.text(Locale.ENGLISH, "consent.stop"));
        assertThat(rowStatus("outbound_message", reminder)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT kind || ' ' || source || ' ' || evidence || ' ' || participant_id FROM consent_event")
                .query(String.class).list())
                .containsExactly("OPT_OUT KEYWORD inbound_message:" + stop + " " + ana);
        assertThat(jdbc.sql("SELECT opted_out_at FROM channel_identity WHERE address = :a").param("a", ANA)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single()).isEqualTo(clock.instant());

        // a reply and a reminder queued after the STOP, and a message of hers, get nothing out
        outbox.enqueue(OutboxEntry.text(Channel.SANDBOX, ANA, "REPLY", "Got it", Priority.REPLY, "reply:x"));
        receive(Channel.SANDBOX, ANA, "hello?");
        clock.advance(Duration.ofHours(4));
        runWorkers();

        assertThat(sentTo(Channel.SANDBOX, ANA)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_message WHERE status = 'CANCELLED'").query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void eachStopGetsExactlyOneConfirmationEvenWhenProcessedAgain() {
        participant("Ana", "en", Channel.SANDBOX, ANA);
        long stop = receive(Channel.SANDBOX, ANA, "STOP");
        runWorkers();
        // an administrator replays it (as after a parked failure): the dedup key holds
        jdbc.sql("UPDATE inbound_message SET status = 'RECEIVED' WHERE id = :id").param("id", stop).update();
        runWorkers();

        assertThat(sentTo(Channel.SANDBOX, ANA)).hasSize(1);
    }

    @Test
    void startOptsBackInAndConfirmsInTheKeywordsLanguage() {
        participant("Ana", "en", Channel.SANDBOX, ANA);
        receive(Channel.SANDBOX, ANA, "ALTO");
        runWorkers();
        clock.advance(Duration.ofMinutes(5));
        long start = receive(Channel.SANDBOX, ANA, "inicio");
        runWorkers();

        assertThat(sentTo(Channel.SANDBOX, ANA)).containsExactly(
                texts.text(BotTexts.SPANISH, "consent.stop"), texts.text(BotTexts.SPANISH, "consent.start"));
        assertThat(jdbc.sql("SELECT kind || ' ' || evidence FROM consent_event ORDER BY id").query(String.class).list())
                .last().isEqualTo("OPT_IN inbound_message:" + start);
        assertThat(jdbc.sql("SELECT opted_out_at IS NULL FROM channel_identity").query(Boolean.class).single()).isTrue();

        outbox.enqueue(OutboxEntry.text(Channel.SANDBOX, ANA, "REPLY", "Welcome", Priority.REPLY, "reply:welcome"));
        runWorkers();
        assertThat(sentTo(Channel.SANDBOX, ANA)).last().isEqualTo("Welcome");
    }

    @Test
    void helpRepliesWithTheCrisisLineInTheSendersLanguage() {
        participant("Ben", "es", Channel.SANDBOX, "ben-phone");
        receive(Channel.SANDBOX, "ben-phone", "help");
        runWorkers();

        assertThat(sentTo(Channel.SANDBOX, "ben-phone")).singleElement()
                .isEqualTo(texts.text(BotTexts.SPANISH, "consent.help"))
                .asString().contains("988");
        assertThat(jdbc.sql("SELECT count(*) FROM consent_event").query(Integer.class).single()).isZero();
    }

    @Test
    void unknownSenderGetsOneHowToJoinReplyPerDay() {
        receive(Channel.SANDBOX, "stranger", "hello?");
        receive(Channel.SANDBOX, "stranger", "anyone there?");
        runWorkers();
        clock.advance(Duration.ofHours(23));
        receive(Channel.SANDBOX, "stranger", "hello again");
        runWorkers();

        assertThat(sentTo(Channel.SANDBOX, "stranger")).containsExactly(texts.text(Locale.ENGLISH, "join.howto.sms"));

        clock.advance(Duration.ofHours(2));
        receive(Channel.SANDBOX, "stranger", "hola");
        runWorkers();

        assertThat(sentTo(Channel.SANDBOX, "stranger")).hasSize(2)
                .last().isEqualTo(texts.text(BotTexts.SPANISH, "join.howto.sms"));
    }

    @Test
    void aBatchOfStrangersGetsOneHowToJoinReplyEachUnlessToldTodayOrOptedOut() {
        receive(Channel.SANDBOX, "told-earlier", "hi");
        receive(Channel.SANDBOX, "opted-out", "STOP");
        runWorkers();
        clock.advance(Duration.ofHours(1));
        receive(Channel.SANDBOX, "told-earlier", "hi again");
        receive(Channel.SANDBOX, "opted-out", "what is this");
        receive(Channel.SANDBOX, "new-en", "hello?");
        receive(Channel.SANDBOX, "new-es", "hola, quiero unirme");
        receive(Channel.TELEGRAM, "4242", "hello");

        assertThat(worker.drain()).isEqualTo(5);
        runWorkers();

        String english = texts.text(Locale.ENGLISH, "join.howto.sms");
        assertThat(sentTo(Channel.SANDBOX, "told-earlier")).containsExactly(english);
        assertThat(sentTo(Channel.SANDBOX, "opted-out")).containsExactly(texts.text(Locale.ENGLISH, "consent.stop"));
        assertThat(sentTo(Channel.SANDBOX, "new-en")).containsExactly(english);
        assertThat(sentTo(Channel.SANDBOX, "new-es")).containsExactly(texts.text(BotTexts.SPANISH, "join.howto.sms"));
        assertThat(jdbc.sql("SELECT body FROM outbound_message WHERE channel = 'TELEGRAM' AND address = '4242'")
                .query(String.class).list()).containsExactly(texts.text(Locale.ENGLISH, "join.howto.telegram"));
        assertThat(jdbc.sql("SELECT count(*) FROM inbound_message WHERE status = 'PROCESSED'").query(Integer.class)
                .single()).isEqualTo(7);
    }

    @Test
    void unknownSenderWhoSentStopGetsNoHowToJoinReply() {
        receive(Channel.SANDBOX, "stranger", "STOP");
        receive(Channel.SANDBOX, "stranger", "what is this");
        runWorkers();

        assertThat(sentTo(Channel.SANDBOX, "stranger")).containsExactly(texts.text(Locale.ENGLISH, "consent.stop"));
    }

    @Test
    void passesKnownSendersOtherMessagesToTheHandlerWithoutAReply() {
        participant("Ana", "en", Channel.SANDBOX, ANA);
        receive(Channel.SANDBOX, ANA, "DONE 1");
        runWorkers();

        assertThat(handler.handled()).singleElement().satisfies(message -> assertThat(message.text()).isEqualTo("DONE 1"));
        assertThat(sentTo(Channel.SANDBOX, ANA)).isEmpty();
    }
}
