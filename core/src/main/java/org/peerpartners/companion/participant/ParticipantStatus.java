package org.peerpartners.companion.participant;

public enum ParticipantStatus {
    /** enrolled by the coach, has not joined the bot yet */
    INVITED,
    ACTIVE,
    /** left the program; kept for outcomes */
    EXITED
}
