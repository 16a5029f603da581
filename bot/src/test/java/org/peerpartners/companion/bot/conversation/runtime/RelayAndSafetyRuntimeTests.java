package org.peerpartners.companion.bot.conversation.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.participant.ChannelIdentity;

/** Ana (English, SMS) and Ben (Spanish, Telegram) are buddies; Coach Carmen (Spanish) and Supervisor Sam. */
class RelayAndSafetyRuntimeTests extends RuntimeTestSupport {

    @Test
    void aBuddyMessageGoesToBenOnTelegramInSpanishWithAnasFirstNameOnly() {
        long buddy = send(Channel.SMS, anaPhone(), "BUDDY hi from Ana, coffee Friday?");

        assertThat(reply(buddy)).isEqualTo("Sent to Ben.");
        List<Outbound> toBen = outbound(benChat());
        assertThat(toBen).singleElement().satisfies(relay -> {
            assertThat(relay.channel()).isEqualTo(Channel.TELEGRAM);
            assertThat(relay.kind()).isEqualTo("BUDDY_RELAY");
            assertThat(relay.body()).startsWith("Ana (tu compa) dice: hi from Ana, coffee Friday?")
                    .doesNotContain(anaPhone()).doesNotContain(anaPhone().substring(2));
            assertThat(relay.dedupKey()).isEqualTo("relay:" + buddy + ":" + world.ben().id() + ":TELEGRAM");
        });
        assertThat(count("SELECT count(*) FROM buddy_contact WHERE from_participant_id = ? AND buddy_set_id = ?",
                world.ana().id(), world.anaAndBen().id())).isEqualTo(1);
    }

    @Test
    void benReplyingToTheRelayedTelegramMessageRelaysItBackToAna() {
        send(Channel.SMS, anaPhone(), "BUDDY hi from Ana");
        while (dispatcher.dispatchOnce() > 0) {
            // the Telegram stand-in sends the relay and the dispatcher stores its message id
        }
        String relayed = jdbc.sql("SELECT provider_id FROM outbound_message WHERE kind = 'BUDDY_RELAY'")
                .query(String.class).single();

        long answer = send(Channel.TELEGRAM, benChat(), "¡Hola Ana! Sí, el viernes", relayed);

        assertThat(reply(answer)).isEqualTo("Enviado a Ana.");
        assertThat(outbound(anaPhone())).filteredOn(o -> o.kind().equals("BUDDY_RELAY")).singleElement()
                .extracting(Outbound::body).asString().startsWith("Ben (your buddy) says: ¡Hola Ana! Sí, el viernes");
        assertThat(count("SELECT count(*) FROM buddy_contact WHERE from_participant_id = ?", world.ben().id()))
                .isEqualTo(1);
    }

    @Test
    void aBuddyWhoOptedOutIsNamedAndNothingIsRelayed() {
        jdbc.sql("UPDATE channel_identity SET opted_out_at = now() WHERE id = :id")
                .param("id", world.benTelegram().id()).update();

        long buddy = send(Channel.SMS, anaPhone(), "BUDDY hi");

        assertThat(reply(buddy)).startsWith("Ben can't get messages right now");
        assertThat(outbound(benChat())).isEmpty();
        assertThat(count("SELECT count(*) FROM buddy_contact")).isZero();
    }

    @Test
    void aCrisisMessageGets988AlertsCoachAndSupervisorAndNoColdDidNotGetThat() {
        ChannelIdentity carmen = fixtures.telegram(world.carmen());
        ChannelIdentity sam = fixtures.telegram(world.supervisor());

        long crisis = send(Channel.SMS, anaPhone(), "I want to end my life");

        List<Outbound> toAna = outbound(anaPhone());
        assertThat(toAna).singleElement().satisfies(reply -> {
            assertThat(reply.body()).contains("988");
            assertThat(reply.priority()).isZero();
            assertThat(reply.dedupKey()).isEqualTo("reply:" + crisis + ":1");
        });
        assertThat(count("SELECT count(*) FROM safety_alert WHERE participant_id = ? AND inbound_message_id = ?",
                world.ana().id(), crisis)).isEqualTo(1);
        assertThat(outbound(carmen.address())).singleElement().satisfies(alert -> {
            assertThat(alert.priority()).isZero();
            assertThat(alert.body()).startsWith("URGENTE: Ana mandó un mensaje");
        });
        assertThat(outbound(sam.address())).singleElement().extracting(Outbound::body).asString()
                .startsWith("URGENT: Ana sent a message");
    }

    @Test
    void coachCarmenGetsTheSummaryLinkInSpanish() {
        ChannelIdentity carmen = fixtures.telegram(world.carmen());
        long lastWeek = storedSummary("2026-11-19T23:00:00Z");
        long thisWeek = storedSummary("2026-11-26T23:00:00Z");

        long summary = send(Channel.TELEGRAM, carmen.address(), "/summary");

        assertThat(thisWeek).isNotEqualTo(lastWeek);
        assertThat(reply(summary)).startsWith("Tu último resumen")
                .endsWith("https://companion.example.org/summaries/" + thisWeek);
    }

    /** A stored summary of a meeting of Carmen's group starting then (content is not read here). */
    private long storedSummary(String startsAt) {
        long meeting = jdbc.sql("""
                INSERT INTO meeting (group_id, starts_at, ends_at, place)
                VALUES (?, CAST(? AS timestamptz), CAST(? AS timestamptz) + interval '90 minutes', 'Library')
                RETURNING id""").params(world.group().id(), startsAt, startsAt).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO meeting_summary (meeting_id, group_id, built_at, content)
                VALUES (?, ?, CAST(? AS timestamptz) - interval '2 hours', '{}') RETURNING id""")
                .params(meeting, world.group().id(), startsAt).query(Long.class).single();
    }

    @Test
    void aMessageProcessedAgainQueuesNothingTwice() {
        ChannelIdentity carmen = fixtures.telegram(world.carmen());
        long spent = send(Channel.SMS, anaPhone(), "SPENT 12.50 bowling");
        long buddy = send(Channel.SMS, anaPhone(), "BUDDY I want to die, this week is hard");
        long before = count("SELECT count(*) FROM outbound_message");

        jdbc.sql("UPDATE inbound_message SET status = 'RECEIVED' WHERE id IN (:ids)")
                .param("ids", List.of(spent, buddy)).update();
        while (worker.drain() > 0) {
            // process both again
        }

        assertThat(count("SELECT count(*) FROM outbound_message")).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM spending_entry")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM safety_alert")).isEqualTo(1);
        assertThat(outbound(carmen.address())).hasSize(1);
        assertThat(outbound(benChat())).hasSize(1);
    }
}
