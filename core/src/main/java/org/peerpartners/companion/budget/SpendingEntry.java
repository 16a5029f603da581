package org.peerpartners.companion.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.data.annotation.Id;

/**
 * Money spent from the social budget. An undone entry is kept (with {@code undoneAt}) but
 * no longer counts.
 *
 * @param month the first day of the month it counts against, in the participant's time zone
 * @param createdByStaffId the staff member who logged it, or null when the participant did
 * @param sourceMessageId the inbound message it came from, if logged by message
 */
public record SpendingEntry(
        @Id Long id,
        Long participantId,
        LocalDate month,
        BigDecimal amount,
        String description,
        String category,
        Long planItemId,
        Instant spentAt,
        Long createdByStaffId,
        Long sourceMessageId,
        Instant undoneAt) {

    public static final String SOCIAL = "SOCIAL";

    /** A social expense the participant logged by message. */
    public static SpendingEntry loggedByParticipant(Long participantId, YearMonth month, BigDecimal amount,
            String description, Instant spentAt, Long sourceMessageId) {
        return new SpendingEntry(null, participantId, month.atDay(1), amount, description, SOCIAL, null, spentAt,
                null, sourceMessageId, null);
    }

    /** A social expense a staff member logged in the admin web. */
    public static SpendingEntry loggedByStaff(Long participantId, YearMonth month, BigDecimal amount,
            String description, Instant spentAt, Long staffUserId) {
        return new SpendingEntry(null, participantId, month.atDay(1), amount, description, SOCIAL, null, spentAt,
                staffUserId, null, null);
    }

    public SpendingEntry forPlanItem(Long itemId) {
        return new SpendingEntry(id, participantId, month, amount, description, category, itemId, spentAt,
                createdByStaffId, sourceMessageId, undoneAt);
    }

    public SpendingEntry undo(Instant now) {
        return new SpendingEntry(id, participantId, month, amount, description, category, planItemId, spentAt,
                createdByStaffId, sourceMessageId, now);
    }

    public boolean isUndone() {
        return undoneAt != null;
    }
}
