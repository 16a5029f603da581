package org.peerpartners.companion.bot.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.consent.ConsentEvent;
import org.peerpartners.companion.consent.ConsentKind;
import org.peerpartners.companion.consent.ConsentSource;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.participant.ChannelIdentity;
import org.peerpartners.companion.testing.Fixtures;

/**
 * A crisis message through the real channels: the person hears about 988 first, and Coach
 * Carmen (on Telegram) and Supervisor Sam (by SMS) get an urgent alert.
 */
class CrisisJourneyTests extends ChannelJourneySupport {

    static final String SAM_PHONE = "+15555550199";

    Fixtures.World world;
    String carmenChat;

    @BeforeEach
    void carmenOnTelegramAndSamBySms() {
        world = fixtures.world();
        carmenChat = fixtures.telegram(world.carmen()).address();
        ChannelIdentity sam = aggregates.insert(ChannelIdentity.forStaff(Channel.SMS, SAM_PHONE,
                world.supervisor().id(), clock.instant()));
        aggregates.insert(new ConsentEvent(null, Channel.SMS, sam.address(), null, sam.staffUserId(),
                ConsentKind.OPT_IN, ConsentSource.JOIN, "test fixtures", clock.instant()));
    }

    @Test
    void anaTextingThatSheDoesNotWantToLiveGets988FirstAndHerCoachAndSupervisorAreAlerted() {
        String anaPhone = world.anaSms().address();

        sms(anaPhone, "I don't want to live anymore");

        List<String> toAna = smsBodiesTo(anaPhone);
        assertThat(toAna).isNotEmpty();
        assertThat(toAna.get(0)).contains("988").contains("call or text").contains("911")
                .contains("Someone from the program will reach out");
        assertThat(telegramTextsTo(carmenChat)).singleElement().asString().startsWith("URGENTE").contains("Ana")
                .doesNotContain(anaPhone);
        assertThat(smsBodiesTo(SAM_PHONE)).singleElement().asString().startsWith("URGENT").contains("Ana")
                .doesNotContain(anaPhone);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM safety_alert a JOIN inbound_message m ON m.id = a.inbound_message_id
                WHERE a.participant_id = :ana AND m.channel = 'SMS' AND m.sender_address = :phone
                """).param("ana", world.ana().id()).param("phone", anaPhone).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void benWritingYaNoQuieroVivirOnTelegramGets988InSpanishAndHisCoachIsAlerted() {
        String benChat = world.benTelegram().address();

        telegramText(benChat, "ya no quiero vivir");

        List<String> toBen = telegramTextsTo(benChat);
        assertThat(toBen).isNotEmpty();
        assertThat(toBen.get(0)).contains("988").contains("llama o escribe").contains("español").contains("911")
                .contains("Alguien del programa te va a contactar");
        assertThat(telegramTextsTo(carmenChat)).singleElement().asString().startsWith("URGENTE").contains("Ben")
                .doesNotContain(benChat);
        assertThat(smsBodiesTo(SAM_PHONE)).singleElement().asString().startsWith("URGENT").contains("Ben");
        assertThat(jdbc.sql("SELECT count(*) FROM safety_alert WHERE participant_id = :ben")
                .param("ben", world.ben().id()).query(Integer.class).single()).isEqualTo(1);
    }
}
