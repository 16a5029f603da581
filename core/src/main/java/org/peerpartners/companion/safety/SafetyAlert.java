package org.peerpartners.companion.safety;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * Raised when a participant's message matched crisis language. Open until a coach or
 * supervisor acknowledges it, with a note on how they followed up.
 *
 * @param matched what the screen matched (the phrase or rule), for the coach
 */
public record SafetyAlert(
        @Id Long id,
        Long participantId,
        Long inboundMessageId,
        String matched,
        Instant createdAt,
        Instant acknowledgedAt,
        Long acknowledgedBy,
        String followUpNote) {

    public static SafetyAlert raise(Long participantId, Long inboundMessageId, String matched, Instant now) {
        return new SafetyAlert(null, participantId, inboundMessageId, matched, now, null, null, null);
    }

    /** Acknowledges the alert; acknowledging it again keeps the first acknowledgement. */
    public SafetyAlert acknowledge(Long staffUserId, Instant now, String note) {
        if (isAcknowledged()) {
            return this;
        }
        return new SafetyAlert(id, participantId, inboundMessageId, matched, createdAt, now, staffUserId, note);
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
