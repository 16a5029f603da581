package org.peerpartners.companion.goal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Change goals through {@link GoalHistory}, which keeps the history linked; read them here. */
public interface GoalRepository extends ListCrudRepository<Goal, Long> {

    /** The current goals, primary first. */
    List<Goal> findByParticipantIdAndReplacedAtIsNullOrderByKind(Long participantId);

    Optional<Goal> findByParticipantIdAndKindAndReplacedAtIsNull(Long participantId, GoalKind kind);

    /** Every goal the participant has had, oldest first. */
    List<Goal> findByParticipantIdOrderBySetAtAscIdAsc(Long participantId);
}
