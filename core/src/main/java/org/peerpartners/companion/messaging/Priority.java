package org.peerpartners.companion.messaging;

/**
 * Which outbound messages go first when the rate limits bite: a person in crisis before
 * a reply, a reply before a bulk reminder. Stored as the number in
 * {@code outbound_message.priority} (lower goes first).
 */
public enum Priority {
    SAFETY(0),
    REPLY(1),
    BULK(5);

    private final int value;

    Priority(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
