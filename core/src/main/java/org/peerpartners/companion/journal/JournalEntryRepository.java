package org.peerpartners.companion.journal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface JournalEntryRepository extends ListCrudRepository<JournalEntry, Long> {

    /** The participant's own journal, newest first. */
    List<JournalEntry> findByParticipantIdOrderByCreatedAtDescIdDesc(Long participantId);

    /** Lines the participant shared with the coach since {@code since}, oldest first: for the summary. */
    List<JournalEntry> findByParticipantIdAndSharedWithCoachTrueAndCreatedAtGreaterThanEqualOrderByCreatedAt(
            Long participantId, Instant since);
}
