package org.peerpartners.companion.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.data.annotation.Id;

/**
 * Part of a month's social budget set aside for a purpose, often a plan item ("$12 for
 * bowling with Ben").
 *
 * @param month the first day of the month, in the participant's time zone
 */
public record BudgetAllocation(
        @Id Long id,
        Long participantId,
        LocalDate month,
        BigDecimal amount,
        String purpose,
        Long planItemId,
        Instant createdAt) {

    public static BudgetAllocation plan(Long participantId, YearMonth month, BigDecimal amount, String purpose,
            Long planItemId, Instant now) {
        return new BudgetAllocation(null, participantId, month.atDay(1), amount, purpose, planItemId, now);
    }
}
