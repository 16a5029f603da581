package org.peerpartners.companion.activity;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ActivityRepository extends ListCrudRepository<Activity, Long> {

    List<Activity> findByProgramIdAndActiveTrueOrderByName(Long programId);

    /** Activities taken off the list, kept so they can be put back. */
    List<Activity> findByProgramIdAndActiveFalseOrderByName(Long programId);

    /** Active activities tagged with the interest (exact tag match). */
    @Query("""
            SELECT * FROM activity
            WHERE program_id = :programId AND active AND :interest = ANY (interests)
            ORDER BY name
            """)
    List<Activity> findActiveByInterest(Long programId, String interest);

    /** Active activities costing at most {@code maxCost}: what fits what is left of a budget. */
    List<Activity> findByProgramIdAndActiveTrueAndCostLessThanEqualOrderByCostAscNameAsc(Long programId,
            BigDecimal maxCost);
}
