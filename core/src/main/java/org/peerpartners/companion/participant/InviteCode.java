package org.peerpartners.companion.participant;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * The code one person (a participant or a staff member, never both) uses to link a chat or
 * phone number. Codes are unique across the program; a re-issued code revokes the old one.
 */
public record InviteCode(
        @Id Long id,
        String code,
        Long participantId,
        Long staffUserId,
        Instant createdAt,
        Instant redeemedAt,
        Instant revokedAt) {

    public static InviteCode forParticipant(String code, Long participantId, Instant now) {
        return new InviteCode(null, code, participantId, null, now, null, null);
    }

    public static InviteCode forStaff(String code, Long staffUserId, Instant now) {
        return new InviteCode(null, code, null, staffUserId, now, null, null);
    }

    public InviteCode redeem(Instant now) {
        return new InviteCode(id, code, participantId, staffUserId, createdAt, now, revokedAt);
    }

    public InviteCode revoke(Instant now) {
        return new InviteCode(id, code, participantId, staffUserId, createdAt, redeemedAt, now);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
