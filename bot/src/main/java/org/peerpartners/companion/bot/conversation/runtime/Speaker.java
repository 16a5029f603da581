package org.peerpartners.companion.bot.conversation.runtime;

import java.time.ZoneId;

import org.peerpartners.companion.bot.conversation.Language;

/**
 * The person behind a message as the runtime needs them: a participant or a staff member
 * (never both), or a stranger (both ids null).
 *
 * @param groupId the participant's group, null for staff and strangers
 * @param zone the person's time zone; UTC for a stranger
 */
record Speaker(Long participantId, Long staffUserId, String firstName, Language language, ZoneId zone,
        Long groupId) {

    static final ZoneId STRANGER_ZONE = ZoneId.of("UTC");

    static Speaker stranger(Language language) {
        return new Speaker(null, null, "", language, STRANGER_ZONE, null);
    }

    boolean isParticipant() {
        return participantId != null;
    }

    boolean isStaff() {
        return staffUserId != null;
    }

    boolean isStranger() {
        return participantId == null && staffUserId == null;
    }
}
