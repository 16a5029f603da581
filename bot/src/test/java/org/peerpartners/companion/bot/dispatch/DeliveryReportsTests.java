package org.peerpartners.companion.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.bot.PipelineTestSupport;
import org.peerpartners.companion.bot.channel.DeliveryReport;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.springframework.beans.factory.annotation.Autowired;

class DeliveryReportsTests extends PipelineTestSupport {

    @Autowired
    Outbox outbox;
    @Autowired
    DeliveryReports reports;

    @Test
    void movesStatusForwardOnlyAndNeverBack() {
        long id = sent("+15550000001", "SM1");

        assertThat(reports.apply(new DeliveryReport(Channel.SMS, "SM1", DeliveryReport.Status.DELIVERED, null))).isTrue();
        reports.apply(new DeliveryReport(Channel.SMS, "SM1", DeliveryReport.Status.SENT, null));

        assertThat(rowStatus("outbound_message", id)).isEqualTo("DELIVERED");
    }

    @Test
    void recordsAFailureWithTheProvidersCode() {
        long id = sent("+15550000001", "SM2");

        reports.apply(new DeliveryReport(Channel.SMS, "SM2", DeliveryReport.Status.FAILED, "30007"));

        assertThat(rowStatus("outbound_message", id)).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT last_error FROM outbound_message WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("provider reported FAILED (error 30007)");
    }

    @Test
    void recipientStoppedAtTheCarrierIsOptedOutWithTheProviderAsEvidence() {
        long ben = participant("Ben", "en", Channel.SMS, "+15550000002");
        sent("+15550000002", "SM3");
        long queued = outbox.enqueue(OutboxEntry.text(Channel.SMS, "+15550000002", "REMINDER", "later", Priority.BULK,
                "later")).orElseThrow();

        reports.apply(new DeliveryReport(Channel.SMS, "SM3", DeliveryReport.Status.RECIPIENT_STOPPED, "21610"));

        assertThat(jdbc.sql("SELECT kind || ' ' || source || ' ' || participant_id || ' ' || evidence FROM consent_event")
                .query(String.class).single()).isEqualTo("OPT_OUT PROVIDER " + ben + " provider:SM3:21610");
        assertThat(rowStatus("outbound_message", queued)).isEqualTo("CANCELLED");
    }

    @Test
    void ignoresAReportForAMessageWeDoNotKnow() {
        assertThat(reports.apply(new DeliveryReport(Channel.SMS, "SM404", DeliveryReport.Status.DELIVERED, null))).isFalse();
    }

    private long sent(String address, String providerId) {
        long id = outbox.enqueue(OutboxEntry.text(Channel.SMS, address, "REPLY", "hi", Priority.REPLY, providerId))
                .orElseThrow();
        jdbc.sql("UPDATE outbound_message SET status = 'SENT', provider_id = :p WHERE id = :id")
                .param("p", providerId).param("id", id).update();
        return id;
    }
}
