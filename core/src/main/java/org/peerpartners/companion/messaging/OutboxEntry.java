package org.peerpartners.companion.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message to put in the outbox.
 *
 * @param participantId the participant it goes to, or null
 * @param staffUserId the staff user it goes to, or null
 * @param kind what it is (e.g. {@code REPLY}, {@code MEETING_REMINDER}); kinds in
 *        {@link #CONSENT_KINDS} are the only ones sent to an opted-out address
 * @param dedupKey deterministic, so enqueueing the same message twice stores it once
 *        (e.g. {@code meeting-reminder:{meetingId}:{participantId}:24h})
 * @param notBefore the earliest time to send, or null for now
 * @param buttons rows of inline-keyboard buttons (Telegram); may be empty
 */
public record OutboxEntry(
        Channel channel,
        String address,
        Long participantId,
        Long staffUserId,
        String kind,
        String body,
        Priority priority,
        String dedupKey,
        Instant notBefore,
        List<List<Button>> buttons) {

    /** The confirmation of a STOP: the one message an opted-out address still gets. */
    public static final String STOP_CONFIRMATION = "STOP_CONFIRMATION";

    /** Kinds that are sent even though the address has opted out. */
    public static final List<String> CONSENT_KINDS = List.of(STOP_CONFIRMATION);

    public OutboxEntry {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dedupKey, "dedupKey");
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    /** A plain text message with no buttons, to send now. */
    public static OutboxEntry text(Channel channel, String address, String kind, String body, Priority priority,
            String dedupKey) {
        return new OutboxEntry(channel, address, null, null, kind, body, priority, dedupKey, null, List.of());
    }

    public OutboxEntry toParticipant(Long id) {
        return new OutboxEntry(channel, address, id, staffUserId, kind, body, priority, dedupKey, notBefore, buttons);
    }

    public OutboxEntry toStaffUser(Long id) {
        return new OutboxEntry(channel, address, participantId, id, kind, body, priority, dedupKey, notBefore, buttons);
    }

    /** An inline-keyboard button: the label shown and the text it sends back. */
    public record Button(String label, String data) {
    }
}
