package org.peerpartners.companion.buddy;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.participant.ParticipantRepository;
import org.peerpartners.companion.participant.ParticipantStatus;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.validation.Checks;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a group's buddy pairs and trios. The current sets end now and the new ones start
 * now, so history stays (contact counts stay with the set they happened in). The caller
 * has already checked that the actor may read the group.
 */
@Component
public class BuddyPairing {

    private final BuddySetRepository sets;
    private final ParticipantRepository participants;
    private final AuditLog audit;
    private final Clock clock;

    BuddyPairing(BuddySetRepository sets, ParticipantRepository participants, AuditLog audit, Clock clock) {
        this.sets = sets;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The group's sets active now, by id. */
    public List<BuddySet> current(long groupId) {
        return sets.findActiveInGroup(groupId, clock.instant());
    }

    /**
     * @param newSets pairs and trios of participant ids; empty clears the pairing. Fields in
     *                problems are named {@code sets}, {@code sets[i]} and {@code sets[i][j]}.
     * @throws InvalidInput when a set is not 2–3 people, someone is not an active member
     *                      of the group, or someone is in two sets
     */
    @Transactional
    public List<BuddySet> replace(long groupId, List<List<Long>> newSets, Actor actor) {
        Checks checks = new Checks();
        if (checks.present("sets", newSets) == null) {
            checks.throwIfAny();
        }
        Map<Long, Participant> members = new HashMap<>();
        participants.findByGroupIdOrderByFirstName(groupId).stream()
                .filter(p -> p.status() != ParticipantStatus.EXITED)
                .forEach(p -> members.put(p.id(), p));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < newSets.size(); i++) {
            List<Long> set = newSets.get(i);
            if (set == null || set.size() < 2 || set.size() > 3) {
                checks.add("sets[" + i + "]", "set_size", "must have 2 or 3 people");
                continue;
            }
            for (int j = 0; j < set.size(); j++) {
                Long id = set.get(j);
                String field = "sets[" + i + "][" + j + "]";
                if (id == null || !members.containsKey(id)) {
                    checks.add(field, "not_in_group", "must be a current member of this group");
                } else if (!seen.add(id)) {
                    checks.add(field, "in_two_sets", "is already in another set");
                }
            }
        }
        checks.throwIfAny();

        Instant now = clock.instant();
        sets.findActiveInGroup(groupId, now).forEach(old -> sets.save(old.end(now)));
        List<BuddySet> saved = newSets.stream().map(set -> sets.save(BuddySet.of(groupId, set, now))).toList();
        audit.record(actor.staffId(), actor.name(), "PAIR_BUDDIES", "peer_group", groupId,
                saved.size() + " sets");
        return saved;
    }
}
