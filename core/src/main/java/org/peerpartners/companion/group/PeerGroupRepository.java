package org.peerpartners.companion.group;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PeerGroupRepository extends ListCrudRepository<PeerGroup, Long> {

    List<PeerGroup> findByCoachIdAndArchivedAtIsNullOrderByName(Long coachId);

    List<PeerGroup> findByProgramIdAndArchivedAtIsNullOrderByName(Long programId);

    /** The groups a supervisor oversees: those of the coaches they supervise. */
    @Query("""
            SELECT g.* FROM peer_group g JOIN staff_user coach ON coach.id = g.coach_id
            WHERE coach.supervisor_id = :supervisorId AND g.archived_at IS NULL
            ORDER BY g.name
            """)
    List<PeerGroup> findActiveSupervisedBy(Long supervisorId);
}
