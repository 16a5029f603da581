package org.peerpartners.companion.buddy;

import org.springframework.data.relational.core.mapping.Table;

/** A participant in a buddy pair or trio; part of the {@link BuddySet} aggregate. */
@Table("buddy_member")
public record BuddyMember(Long participantId) {
}
