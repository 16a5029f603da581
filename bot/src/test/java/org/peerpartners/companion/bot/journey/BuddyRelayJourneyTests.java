package org.peerpartners.companion.bot.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.Fixtures;

/**
 * Ana (English, SMS) and Ben (Spanish, Telegram) are buddies and write to each other through
 * the real Twilio and Telegram adapters, never learning each other's number or chat.
 */
class BuddyRelayJourneyTests extends ChannelJourneySupport {

    /** What the fake Telegram answers when the bot passes Ana's words to Ben. */
    static final int RELAYED_MESSAGE_ID = 4242;
    /** Anything that looks like a phone number or a chat id. */
    static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}");

    @Test
    void anaAndBenWriteToEachOtherAcrossSmsAndTelegramWithoutSeeingANumberOrChat() {
        Fixtures.World world = fixtures.world();
        String anaPhone = world.anaSms().address();
        String benChat = world.benTelegram().address();
        telegramAnswersWithMessageId(RELAYED_MESSAGE_ID);

        sms(anaPhone, "BUDDY want to walk Saturday?");

        assertThat(telegramTextsTo(benChat)).singleElement().satisfies(relay -> {
            assertThat(relay).contains("Ana").contains("want to walk Saturday?").contains("tu compa")
                    .contains("Para responder")
                    .doesNotContain(anaPhone).doesNotContain(anaPhone.substring(2));
            assertThat(LONG_NUMBER.matcher(relay).find()).as("a number in " + relay).isFalse();
        });
        assertThat(smsBodiesTo(anaPhone)).singleElement().asString().contains("Ben").doesNotContain(benChat);

        telegramAnswersWithMessageId(TELEGRAM_MESSAGE_ID);
        telegramMessage(benChat, "¡Sí! El sábado a las 10 en el parque", "ben_walks", RELAYED_MESSAGE_ID);

        assertThat(smsBodiesTo(anaPhone)).hasSize(2).last().satisfies(relay -> {
            assertThat(relay).contains("Ben").contains("¡Sí! El sábado a las 10 en el parque")
                    .contains("your buddy")
                    .doesNotContain(benChat).doesNotContain("ben_walks").doesNotContain("@");
            assertThat(LONG_NUMBER.matcher(relay).find()).as("a number in " + relay).isFalse();
        });
        assertThat(telegramTextsTo(benChat)).hasSize(2).last().asString().contains("Ana");

        // the coach sees that contact happened, and nothing of what was said
        assertThat(jdbc.sql("""
                SELECT p.first_name, count(*) FROM buddy_contact c JOIN participant p ON p.id = c.from_participant_id
                WHERE c.buddy_set_id = :set GROUP BY p.first_name ORDER BY p.first_name
                """).param("set", world.anaAndBen().id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2)).list())
                .containsExactly("Ana 1", "Ben 1");
        assertThat(jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_name = 'buddy_contact' ORDER BY ordinal_position
                """).query(String.class).list())
                .containsExactly("id", "buddy_set_id", "from_participant_id", "occurred_at");
    }

    @Test
    void benWritingCompaOnTelegramReachesAnaBySmsAndTellsBenItWent() {
        Fixtures.World world = fixtures.world();
        String anaPhone = world.anaSms().address();
        String benChat = world.benTelegram().address();

        telegramText(benChat, "/compa ¿café el viernes?");

        assertThat(smsBodiesTo(anaPhone)).singleElement().asString()
                .contains("Ben").contains("¿café el viernes?").doesNotContain(benChat);
        assertThat(telegramTextsTo(benChat)).singleElement().asString().isEqualTo("Enviado a Ana.");
    }
}
