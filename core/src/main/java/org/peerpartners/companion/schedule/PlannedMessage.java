package org.peerpartners.companion.schedule;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One scheduled message as the rules computed it, before it is stored as a
 * {@code due_message} row.
 *
 * @param originalDueAt when the rule says it is due
 * @param dueAt when it may be sent: {@code originalDueAt} moved out of quiet hours
 * @param staleAt from this instant on it is not worth sending; null when it never goes stale
 * @param dropped true when moving it out of quiet hours made it stale: stored as DROPPED
 * @param reason why it was scheduled, moved or dropped, in words for an operator
 * @param payload ids the sweep needs to write it (meeting, plan item, month), as text
 */
public record PlannedMessage(
        ScheduledKind kind,
        long participantId,
        String dedupKey,
        Instant originalDueAt,
        Instant dueAt,
        Instant staleAt,
        boolean dropped,
        String reason,
        Map<String, String> payload) {

    public PlannedMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(reason, "reason");
        payload = Map.copyOf(payload);
    }

    /** The payload as the JSON object stored in {@code due_message.payload} (values are ids and dates). */
    public String payloadJson() {
        StringBuilder json = new StringBuilder("{");
        payload.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(entry.getKey()).append("\":\"").append(entry.getValue()).append('"');
        });
        return json.append('}').toString();
    }
}
