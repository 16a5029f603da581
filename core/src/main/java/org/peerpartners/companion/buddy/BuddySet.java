package org.peerpartners.companion.buddy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A buddy pair or trio within one group, set by the coach, active from {@code activeFrom}
 * until {@code activeUntil} (open-ended when null). A new pairing ends the old set rather
 * than changing it, so buddy contact counts stay attached to the right set.
 */
public record BuddySet(
        @Id Long id,
        Long groupId,
        Instant activeFrom,
        Instant activeUntil,
        @MappedCollection(idColumn = "buddy_set_id") Set<BuddyMember> members) {

    public BuddySet {
        members = members == null ? Set.of() : Set.copyOf(members);
    }

    public static BuddySet of(Long groupId, Collection<Long> participantIds, Instant activeFrom) {
        if (participantIds.size() < 2 || participantIds.size() > 3) {
            throw new IllegalArgumentException("Buddies come in pairs or trios, not " + participantIds.size());
        }
        return new BuddySet(null, groupId, activeFrom, null,
                participantIds.stream().map(BuddyMember::new).collect(Collectors.toSet()));
    }

    public BuddySet end(Instant now) {
        return new BuddySet(id, groupId, activeFrom, now, members);
    }

    public boolean isActive(Instant at) {
        return !activeFrom.isAfter(at) && (activeUntil == null || activeUntil.isAfter(at));
    }

    /** The other members, sorted by id: who a message from {@code participantId} goes to. */
    public List<Long> buddiesOf(Long participantId) {
        return members.stream().map(BuddyMember::participantId).filter(id -> !id.equals(participantId)).sorted()
                .toList();
    }
}
