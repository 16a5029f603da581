package org.peerpartners.companion.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface BudgetAllocationRepository extends ListCrudRepository<BudgetAllocation, Long> {

    /** @param month the first day of the month */
    List<BudgetAllocation> findByParticipantIdAndMonthOrderByCreatedAt(Long participantId, LocalDate month);

    /** The amount planned for the month; zero when nothing is. */
    @Query("SELECT coalesce(sum(amount), 0) FROM budget_allocation WHERE participant_id = :participantId AND month = :month")
    BigDecimal totalPlanned(Long participantId, LocalDate month);
}
