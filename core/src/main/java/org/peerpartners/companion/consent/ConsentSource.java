package org.peerpartners.companion.consent;

/** Where a consent event came from; stored in {@code consent_event.source}. */
public enum ConsentSource {
    /** the person joined with an invite code */
    JOIN,
    /** the person sent STOP, START or a synonym */
    KEYWORD,
    /** the provider told us (Telegram 403 "blocked by the user", Twilio 21610) */
    PROVIDER,
    /** a staff member recorded it */
    STAFF
}
