package org.peerpartners.companion.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Interviews are read only after an authorization check, and every read is audited; that
 * is the caller's job. Associated data for the encryption binds a value to its row id, so
 * a new interview's id is reserved first ({@link #reserveId()}) and the row inserted with
 * it ({@link #insertWithId}).
 */
public interface InterviewRepository extends ListCrudRepository<Interview, Long> {

    List<Interview> findByParticipantIdOrderByInterviewedOn(Long participantId);

    Optional<Interview> findByParticipantIdAndKind(Long participantId, InterviewKind kind);

    @Query("SELECT nextval(pg_get_serial_sequence('interview', 'id'))")
    long reserveId();

    /** Inserts a new interview under an id from {@link #reserveId()}; returns it unchanged. */
    default Interview insertWithId(Interview interview) {
        insertRow(interview.id(), interview.participantId(), interview.kind().name(), interview.interviewedOn(),
                interview.interviewerId(), interview.indicatorsEncrypted(), interview.historyEncrypted(),
                interview.notesEncrypted(), interview.createdAt());
        return interview;
    }

    /** Use {@link #insertWithId}. */
    @Modifying
    @Query("""
            INSERT INTO interview (id, participant_id, kind, interviewed_on, interviewer_id,
                indicators_encrypted, history_encrypted, notes_encrypted, created_at)
            OVERRIDING SYSTEM VALUE
            VALUES (:id, :participantId, :kind, :interviewedOn, :interviewerId,
                :indicators, :history, :notes, :createdAt)
            """)
    void insertRow(long id, Long participantId, String kind, LocalDate interviewedOn, Long interviewerId,
            byte[] indicators, byte[] history, byte[] notes, Instant createdAt);
}
