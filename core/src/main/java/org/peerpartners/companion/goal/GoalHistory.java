package org.peerpartners.companion.goal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sets and replaces participants' goals, keeping every earlier goal linked to its successor. */
@Component
public class GoalHistory {

    private final GoalRepository goals;
    private final Clock clock;

    GoalHistory(GoalRepository goals, Clock clock) {
        this.goals = goals;
        this.clock = clock;
    }

    /**
     * Makes {@code text} the participant's current goal of this kind. A current goal of the
     * same kind is marked replaced by the new one, all in one transaction: on failure the
     * old goal stays current.
     */
    @Transactional
    public Goal set(Long participantId, GoalKind kind, String text) {
        Instant now = clock.instant();
        // The old goal stops being current before the new one is inserted (the partial
        // unique index allows one current goal per kind); it learns its successor's id after.
        Optional<Goal> previous = goals.findByParticipantIdAndKindAndReplacedAtIsNull(participantId, kind)
                .map(old -> goals.save(old.replacedAt(now)));
        Goal current = goals.save(Goal.set(participantId, kind, text, now));
        previous.ifPresent(old -> goals.save(old.replacedBy(current.id())));
        return current;
    }

    /** The current goals, primary first. */
    @Transactional(readOnly = true)
    public List<Goal> current(Long participantId) {
        return goals.findByParticipantIdAndReplacedAtIsNullOrderByKind(participantId);
    }

    /** Every goal the participant has had, oldest first. */
    @Transactional(readOnly = true)
    public List<Goal> history(Long participantId) {
        return goals.findByParticipantIdOrderBySetAtAscIdAsc(participantId);
    }
}
