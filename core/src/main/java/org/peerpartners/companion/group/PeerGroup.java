package org.peerpartners.companion.group;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;

/**
 * A peer-support group of 10–12 participants and one coach. Table {@code peer_group}
 * ({@code group} is an SQL keyword).
 *
 * @param summaryLeadMinutes how long before each meeting the coach gets the pre-group summary
 */
public record PeerGroup(
        @Id Long id,
        Long programId,
        Long siteId,
        String name,
        Long coachId,
        ZoneId timeZone,
        int summaryLeadMinutes,
        Instant createdAt,
        Instant archivedAt) {

    public static final int DEFAULT_SUMMARY_LEAD_MINUTES = 120;

    public static PeerGroup create(Long programId, Long siteId, String name, Long coachId, ZoneId timeZone,
            Instant now) {
        return new PeerGroup(null, programId, siteId, name, coachId, timeZone, DEFAULT_SUMMARY_LEAD_MINUTES, now,
                null);
    }

    public PeerGroup withCoach(Long newCoachId) {
        return new PeerGroup(id, programId, siteId, name, newCoachId, timeZone, summaryLeadMinutes, createdAt,
                archivedAt);
    }

    public PeerGroup archive(Instant now) {
        return new PeerGroup(id, programId, siteId, name, coachId, timeZone, summaryLeadMinutes, createdAt, now);
    }

    public boolean isArchived() {
        return archivedAt != null;
    }
}
