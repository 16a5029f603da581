package org.peerpartners.companion.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SpendingEntryRepository extends ListCrudRepository<SpendingEntry, Long> {

    /** The month's entries that count (not undone), in the order they were spent. */
    List<SpendingEntry> findByParticipantIdAndMonthAndUndoneAtIsNullOrderBySpentAtAscIdAsc(Long participantId,
            LocalDate month);

    /** What was spent in the month, undone entries left out; zero when nothing was. */
    @Query("""
            SELECT coalesce(sum(amount), 0) FROM spending_entry
            WHERE participant_id = :participantId AND month = :month AND undone_at IS NULL
            """)
    BigDecimal totalSpent(Long participantId, LocalDate month);

    /**
     * The participant's own latest entry that still counts: what UNDO would remove (the
     * caller checks it is recent enough). Entries logged by staff are not the participant's to undo.
     */
    @Query("""
            SELECT * FROM spending_entry
            WHERE participant_id = :participantId AND created_by_staff_id IS NULL AND undone_at IS NULL
            ORDER BY id DESC LIMIT 1
            """)
    Optional<SpendingEntry> findLastUndoable(Long participantId);
}
