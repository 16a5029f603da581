package org.peerpartners.companion.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.NoSuchElementException;

import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.participant.ParticipantRepository;
import org.springframework.stereotype.Component;

/** A participant's budget for the current month in their own time zone (see {@link BudgetMonth}). */
@Component
public class Budgets {

    private final ParticipantRepository participants;
    private final SpendingEntryRepository spending;
    private final BudgetAllocationRepository allocations;
    private final Clock clock;

    Budgets(ParticipantRepository participants, SpendingEntryRepository spending,
            BudgetAllocationRepository allocations, Clock clock) {
        this.participants = participants;
        this.spending = spending;
        this.allocations = allocations;
        this.clock = clock;
    }

    /** @throws NoSuchElementException when there is no such participant */
    public BudgetMonth thisMonth(long participantId) {
        Participant participant = participants.findById(participantId)
                .orElseThrow(() -> new NoSuchElementException("No participant " + participantId));
        YearMonth month = BudgetMonth.monthOf(clock.instant(), participant.timeZone());
        LocalDate first = month.atDay(1);
        return new BudgetMonth(month,
                new Money(participant.monthlyAllowance(), participant.currency()),
                new Money(spending.totalSpent(participantId, first), participant.currency()),
                new Money(allocations.totalPlanned(participantId, first), participant.currency()));
    }
}
