package org.peerpartners.companion.messaging;

/** The ways a person can reach the bot; stored as text in {@code channel} columns. */
public enum Channel {
    TELEGRAM,
    SMS,
    /** A local channel inside the admin web for trying the bot without any provider. */
    SANDBOX
}
