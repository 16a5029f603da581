package org.peerpartners.companion.bot.conversation;

/** How a plan item went, as stored in {@code check_in.outcome}; never called a failure. */
public enum CheckInOutcome {
    DONE,
    PARTLY,
    NOT_THIS_TIME
}
