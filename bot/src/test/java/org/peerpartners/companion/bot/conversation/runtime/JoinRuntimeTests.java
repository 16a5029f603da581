package org.peerpartners.companion.bot.conversation.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.participant.InviteCode;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.testing.Fixtures;

class JoinRuntimeTests extends RuntimeTestSupport {

    private static final String DANA_PHONE = "+15550001234";

    private Participant dana() {
        Participant dana = fixtures.participant(world.group(), "Dana", Fixtures.ENGLISH, Fixtures.NEW_YORK,
                new BigDecimal("45.00"));
        aggregates.insert(InviteCode.forParticipant("ABCD2345", dana.id(), clock.instant()));
        return dana;
    }

    @Test
    void joinWithAValidCodeLinksTheNumberRecordsConsentAndWelcomes() {
        Participant dana = dana();

        long join = send(Channel.SMS, DANA_PHONE, "JOIN abcd-2345");

        assertThat(reply(join)).startsWith("Hi Dana, you joined Peer Partners Queens!").contains("STOP");
        assertThat(count("SELECT count(*) FROM channel_identity WHERE channel = 'SMS' AND address = ? "
                + "AND participant_id = ? AND unlinked_at IS NULL", DANA_PHONE, dana.id())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM invite_code WHERE code = 'ABCD2345' AND redeemed_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM consent_event WHERE address = ? AND kind = 'OPT_IN' "
                + "AND source = 'JOIN' AND evidence = ?", DANA_PHONE, "inbound:" + join)).isEqualTo(1);

        long plan = send(Channel.SMS, DANA_PHONE, "PLAN");
        assertThat(reply(plan)).startsWith("Your plan for this week is empty");
    }

    @Test
    void aCodeAlreadyUsedElsewhereIsRefused() {
        dana();
        send(Channel.SMS, DANA_PHONE, "JOIN ABCD2345");

        long again = send(Channel.TELEGRAM, "4242", "/start ABCD2345");

        assertThat(reply(again)).contains("already used");
        assertThat(count("SELECT count(*) FROM channel_identity WHERE address = '4242'")).isZero();
    }

    @Test
    void sixWrongCodesInAnHourAreThrottledEvenWhenTheSixthIsRight() {
        Participant dana = dana();
        String guesser = "+15550009999";
        for (int i = 0; i < 5; i++) {
            assertThat(reply(send(Channel.SMS, guesser, "JOIN ZZZZ222" + (i + 2)))).startsWith("Sorry, that code did not work");
        }

        long sixth = send(Channel.SMS, guesser, "JOIN ABCD2345");

        assertThat(reply(sixth)).startsWith("That is too many tries for now");
        assertThat(count("SELECT count(*) FROM channel_identity WHERE participant_id = ?", dana.id())).isZero();

        clock.advance(Duration.ofMinutes(61));
        assertThat(reply(send(Channel.SMS, guesser, "JOIN ABCD2345"))).startsWith("Hi Dana");
    }

    @Test
    void aStrangersChatterGetsThePipelinesJoinGuideOnlyOnceADay() {
        send(Channel.SMS, "+15550007777", "hello?");
        send(Channel.SMS, "+15550007777", "anyone there");

        assertThat(outbound("+15550007777")).extracting(Outbound::kind).containsExactly("HOW_TO_JOIN");
    }

    @Test
    void aSpanishJoinWithoutACodeIsAnsweredInSpanish() {
        long join = send(Channel.SMS, "+15550006666", "UNIRME");

        assertThat(reply(join)).startsWith("Manda UNIRME y tu código");
    }

    @Test
    void helpGetsExactlyOneReplyFromAKnownPersonAndFromAStranger() {
        long known = send(Channel.SMS, anaPhone(), "HELP");
        long stranger = send(Channel.SMS, "+15550005555", "HELP");

        assertThat(reply(known)).startsWith("Send: PLAN").contains("Coach Carmen");
        assertThat(outbound(anaPhone())).hasSize(1);
        assertThat(outbound("+15550005555")).hasSize(1);
        assertThat(inboundStatus(stranger)).isEqualTo("PROCESSED");
    }

    @Test
    void coachCarmenLinksTelegramWithHerCodeAndIsWelcomedInSpanish() {
        aggregates.insert(InviteCode.forStaff("CARM3N22", world.carmen().id(), clock.instant()));

        long join = send(Channel.TELEGRAM, "8080", "/start CARM3N22");

        assertThat(reply(join)).startsWith("Hola Coach Carmen");
        assertThat(count("SELECT count(*) FROM channel_identity WHERE address = '8080' AND staff_user_id = ?",
                world.carmen().id())).isEqualTo(1);
        assertThat(reply(send(Channel.TELEGRAM, "8080", "/summary"))).startsWith("Aún no hay resumen");
    }

    @Test
    void aStrangerInCrisisGetsTheCrisisLineInTheirLanguageAndNoAlert() {
        long crisis = send(Channel.SMS, "+15550004444", "ya no quiero vivir");

        assertThat(outbound("+15550004444")).singleElement().satisfies(row -> {
            assertThat(row.priority()).isZero();
            assertThat(row.body()).contains("988").startsWith("Tu vida importa");
        });
        assertThat(repliesTo(crisis)).hasSize(1);
        assertThat(count("SELECT count(*) FROM safety_alert")).isZero();
    }
}
