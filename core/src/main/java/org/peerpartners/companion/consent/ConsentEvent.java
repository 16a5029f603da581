package org.peerpartners.companion.consent;

import java.time.Instant;

import org.peerpartners.companion.messaging.Channel;
import org.springframework.data.annotation.Id;

/**
 * One opt-in or opt-out of one address on one channel, with its evidence (an inbound
 * message id, a provider error code, the staff member who recorded it). Never changed or
 * deleted: the table refuses updates and deletes. Written only through {@link ConsentLedger}.
 */
public record ConsentEvent(
        @Id Long id,
        Channel channel,
        String address,
        Long participantId,
        Long staffUserId,
        ConsentKind kind,
        ConsentSource source,
        String evidence,
        Instant occurredAt) {
}
