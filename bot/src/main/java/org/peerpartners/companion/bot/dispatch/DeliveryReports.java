package org.peerpartners.companion.bot.dispatch;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.peerpartners.companion.bot.channel.DeliveryReport;
import org.peerpartners.companion.messaging.AddressMask;
import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.consent.ConsentLedger;
import org.peerpartners.companion.consent.ConsentSource;
import org.peerpartners.companion.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a provider's status callback to our outbound message. Callbacks can arrive late
 * or out of order, so a status only moves forward (a late "sent" never undoes "delivered").
 */
@Component
public class DeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

    private final JdbcClient jdbc;
    private final ConsentLedger ledger;
    private final Outbox outbox;
    private final Clock clock;

    DeliveryReports(JdbcClient jdbc, ConsentLedger ledger, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records the report; returns false when no message of ours has that provider id. */
    @Transactional
    public boolean apply(DeliveryReport report) {
        Timestamp now = Timestamp.from(clock.instant());
        String sql = switch (report.status()) {
            case SENT -> """
                    UPDATE outbound_message SET status = 'SENT', sent_at = coalesce(sent_at, :now)
                    WHERE channel = :channel AND provider_id = :providerId AND status IN ('SENDING', 'SENT')
                    RETURNING address
                    """;
            case DELIVERED -> """
                    UPDATE outbound_message SET status = 'DELIVERED', delivered_at = :now,
                        sent_at = coalesce(sent_at, :now)
                    WHERE channel = :channel AND provider_id = :providerId AND status IN ('SENDING', 'SENT', 'DELIVERED')
                    RETURNING address
                    """;
            case FAILED, RECIPIENT_STOPPED -> """
                    UPDATE outbound_message SET status = 'FAILED', last_error = :error
                    WHERE channel = :channel AND provider_id = :providerId AND status IN ('SENDING', 'SENT', 'FAILED')
                    RETURNING address
                    """;
        };
        Optional<String> address = jdbc.sql(sql)
                .param("now", now)
                .param("channel", report.channel().name())
                .param("providerId", report.providerId())
                .param("error", "provider reported " + report.status()
                        + (report.errorCode() == null ? "" : " (error " + report.errorCode() + ")"))
                .query(String.class)
                .optional();
        if (address.isEmpty()) {
            boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM outbound_message WHERE channel = :channel AND provider_id = :providerId)")
                    .param("channel", report.channel().name()).param("providerId", report.providerId())
                    .query(Boolean.class).single();
            if (!known) {
                log.info("{} delivery report for an unknown message; ignored", report.channel());
            }
            return known;
        }
        if (report.status() == DeliveryReport.Status.RECIPIENT_STOPPED) {
            recipientStopped(report.channel(), address.get(),
                    "provider:" + report.providerId() + (report.errorCode() == null ? "" : ":" + report.errorCode()));
        }
        return true;
    }

    /** The provider says the person opted out at its end: record it, and send nothing more. */
    void recipientStopped(Channel channel, String address, String evidence) {
        ledger.optOut(channel, address, ConsentSource.PROVIDER, evidence);
        int cancelled = outbox.cancelQueued(channel, address, "recipient stopped at the provider");
        log.info("{} {} stopped at the provider; {} queued messages cancelled", channel, AddressMask.mask(address),
                cancelled);
    }
}
