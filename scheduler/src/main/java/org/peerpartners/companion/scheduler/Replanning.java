package org.peerpartners.companion.scheduler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planning: replan requests (written by database triggers whenever a plan, meeting,
 * participant setting or buddy set changes, whichever module changed it) are taken in
 * batches and the people they name replanned, in the same transaction that deletes them,
 * so a crash loses no request. Nightly, everyone is replanned over the horizon.
 */
@Component
class Replanning {

    private static final Logger log = LoggerFactory.getLogger(Replanning.class);
    private static final int REQUESTS_PER_BATCH = 500;
    private static final int PEOPLE_PER_CHUNK = 500;
    /** Expanding a series adds meetings, whose triggers ask for one more round; it settles at once. */
    private static final int MAX_ROUNDS = 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SeriesExpansion expansion;
    private final ReminderPlanner planner;
    private final ScheduleProperties properties;

    Replanning(JdbcTemplate jdbc, TransactionTemplate transactions, SeriesExpansion expansion, ReminderPlanner planner,
            ScheduleProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.expansion = expansion;
        this.planner = planner;
        this.properties = properties;
    }

    /** Processes waiting replan requests; returns how many requests were handled. */
    int processRequests() {
        int handled = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Integer taken = transactions.execute(status -> processBatch());
            if (taken == null || taken == 0) {
                break;
            }
            handled += taken;
        }
        return handled;
    }

    private int processBatch() {
        Set<Long> groups = new HashSet<>();
        Set<Long> people = new HashSet<>();
        int[] taken = {0};
        jdbc.query("""
                DELETE FROM schedule_request WHERE id IN (
                    SELECT id FROM schedule_request ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING participant_id, group_id
                """, ps -> ps.setInt(1, REQUESTS_PER_BATCH), rs -> {
                    taken[0]++;
                    long participant = rs.getLong("participant_id");
                    if (!rs.wasNull()) {
                        people.add(participant);
                    }
                    long group = rs.getLong("group_id");
                    if (!rs.wasNull()) {
                        groups.add(group);
                    }
                });
        if (!groups.isEmpty()) {
            expansion.expand(groups, properties.horizon());
            Long[] groupIds = groups.toArray(Long[]::new);
            jdbc.query("SELECT id FROM participant WHERE group_id = ANY (?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", groupIds)),
                    rs -> {
                        people.add(rs.getLong(1));
                    });
        }
        replanInChunks(new ArrayList<>(people));
        return taken[0];
    }

    /** Expands every series and replans every participant who may get messages. */
    void planEverything() {
        transactions.executeWithoutResult(status -> expansion.expand(null, properties.horizon()));
        List<Long> everyone = jdbc.queryForList("SELECT id FROM participant WHERE status <> 'EXITED' ORDER BY id",
                Long.class);
        for (int from = 0; from < everyone.size(); from += PEOPLE_PER_CHUNK) {
            List<Long> chunk = everyone.subList(from, Math.min(everyone.size(), from + PEOPLE_PER_CHUNK));
            transactions.executeWithoutResult(status -> planner.replan(chunk));
        }
        log.info("Planned scheduled messages for {} participants", everyone.size());
        processRequests();
    }

    private void replanInChunks(List<Long> people) {
        for (int from = 0; from < people.size(); from += PEOPLE_PER_CHUNK) {
            planner.replan(people.subList(from, Math.min(people.size(), from + PEOPLE_PER_CHUNK)));
        }
    }
}
