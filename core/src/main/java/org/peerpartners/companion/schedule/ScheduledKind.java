package org.peerpartners.companion.schedule;

/**
 * The scheduled messages to participants. {@link #key()} is stored in
 * {@code due_message.kind} and starts every dedup key; {@link #outboxKind()} is the
 * {@code outbound_message.kind}.
 */
public enum ScheduledKind {
    MEETING_REMINDER("meeting-reminder", "the meeting already started"),
    ACTIVITY_REMINDER("activity-reminder", "the activity already started"),
    CHECK_IN_PROMPT("check-in-prompt", "the check-in prompt is out of date"),
    PLAN_RECAP("plan-recap", "the plan recap is out of date"),
    BUDDY_NUDGE("buddy-nudge", "the next meeting already started"),
    MONTHLY_BUDGET("monthly-budget", "the monthly budget message is out of date");

    private final String key;
    private final String staleReason;

    ScheduledKind(String key, String staleReason) {
        this.key = key;
        this.staleReason = staleReason;
    }

    public String key() {
        return key;
    }

    public String outboxKind() {
        return name();
    }

    /** Why a row of this kind is dropped once it is stale, e.g. "the meeting already started". */
    public String staleReason() {
        return staleReason;
    }

    public static ScheduledKind ofKey(String key) {
        for (ScheduledKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a scheduled kind: " + key);
    }
}
