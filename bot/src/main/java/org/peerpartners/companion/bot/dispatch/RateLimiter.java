package org.peerpartners.companion.bot.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cluster-wide rate limits in PostgreSQL, in fixed one-second windows: each instance
 * takes slots with one atomic upsert per limit key that only succeeds while the window's
 * count stays within the limit, so no window ever holds more than the limit, however many
 * dispatchers run.
 */
@Component
class RateLimiter {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Slots to take under one limit key.
     *
     * @param count slots wanted (messages, or SMS segments)
     * @param limit the most slots one window holds
     */
    record Permit(String key, int count, int limit) {
        Permit {
            if (count < 1 || count > limit) {
                throw new IllegalArgumentException("A permit takes 1 to " + limit + " slots, not " + count);
            }
        }
    }

    /** Takes all the permits in the current second, or none of them; returns whether it did. */
    boolean tryAcquire(List<Permit> permits) {
        return tryAcquireIn(List.of(clock.instant().getEpochSecond()), permits);
    }

    /** Takes all the permits in each of the given seconds, or none at all; returns whether it did. */
    boolean tryAcquireIn(List<Long> windows, List<Permit> permits) {
        Boolean acquired = ownTransaction.execute(status -> {
            for (long window : windows) {
                for (Permit permit : permits) {
                    if (!take(permit, window)) {
                        status.setRollbackOnly();
                        return false;
                    }
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(acquired);
    }

    /**
     * Takes the permits of several messages in the given second, in order, in one
     * transaction (one commit for a whole batch instead of one per message). Each message
     * gets all its permits or none: slots taken for a message whose later permit fails are
     * given back in the same transaction. Once a key has refused a count, later messages
     * asking that key for as many slots are refused without a query.
     *
     * @return per message, whether it got its permits
     */
    boolean[] tryAcquireEach(long window, List<List<Permit>> messages) {
        boolean[] granted = new boolean[messages.size()];
        if (messages.isEmpty()) {
            return granted;
        }
        ownTransaction.executeWithoutResult(status -> {
            if (takeAllAtOnce(window, messages)) {
                Arrays.fill(granted, true);
                return;
            }
            Map<String, Integer> refused = new HashMap<>();
            for (int i = 0; i < messages.size(); i++) {
                List<Permit> taken = new ArrayList<>();
                boolean all = true;
                for (Permit permit : messages.get(i)) {
                    Integer refusedCount = refused.get(permit.key());
                    if ((refusedCount != null && permit.count() >= refusedCount) || !take(permit, window)) {
                        refused.merge(permit.key(), permit.count(), Math::min);
                        all = false;
                        break;
                    }
                    taken.add(permit);
                }
                if (!all) {
                    taken.forEach(permit -> giveBack(permit, window));
                }
                granted[i] = all;
            }
        });
        return granted;
    }

    /**
     * The common case first: every message fits. Takes each key's total for the whole batch
     * in one statement per key; if a key refuses, gives back what was taken and returns
     * false (the caller then goes message by message).
     */
    private boolean takeAllAtOnce(long window, List<List<Permit>> messages) {
        Map<String, Permit> totals = new LinkedHashMap<>();
        for (List<Permit> permits : messages) {
            for (Permit permit : permits) {
                Permit total = totals.get(permit.key());
                int count = total == null ? permit.count() : total.count() + permit.count();
                if (count > permit.limit()) {
                    return false;
                }
                totals.put(permit.key(), new Permit(permit.key(), count, permit.limit()));
            }
        }
        List<Permit> taken = new ArrayList<>();
        for (Permit total : totals.values()) {
            if (!take(total, window)) {
                taken.forEach(permit -> giveBack(permit, window));
                return false;
            }
            taken.add(total);
        }
        return true;
    }

    private boolean take(Permit permit, long window) {
        return jdbc.sql("""
                INSERT INTO rate_limit AS r (key, window_start, count) VALUES (:key, :window, :count)
                ON CONFLICT (key, window_start) DO UPDATE SET count = r.count + EXCLUDED.count
                WHERE r.count + EXCLUDED.count <= :limit
                RETURNING count
                """)
                .param("key", permit.key())
                .param("window", window)
                .param("count", permit.count())
                .param("limit", permit.limit())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    private void giveBack(Permit permit, long window) {
        jdbc.sql("UPDATE rate_limit SET count = count - :count WHERE key = :key AND window_start = :window")
                .param("count", permit.count()).param("key", permit.key()).param("window", window)
                .update();
    }

    /** The window (epoch second) the clock is in now. */
    long currentWindow() {
        return clock.instant().getEpochSecond();
    }

    /** The start of the next window: when a message that found no slot may try again. */
    Instant nextWindow() {
        return Instant.ofEpochSecond(clock.instant().getEpochSecond() + 1);
    }

    /** Deletes windows older than a minute; they can never be used again. */
    int purge() {
        return jdbc.sql("DELETE FROM rate_limit WHERE window_start < :before")
                .param("before", clock.instant().getEpochSecond() - 60)
                .update();
    }

    /** How many slots a key used in the window that starts at the given second (for tests and metrics). */
    int used(String key, long windowStart) {
        return jdbc.sql("SELECT coalesce(sum(count), 0) FROM rate_limit WHERE key = :key AND window_start = :window")
                .param("key", key).param("window", windowStart)
                .query(Integer.class).single();
    }
}
