package org.peerpartners.companion.bot.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
        long window = clock.instant().getEpochSecond();
        Boolean acquired = ownTransaction.execute(status -> {
            for (Permit permit : permits) {
                boolean taken = jdbc.sql("""
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
                if (!taken) {
                    status.setRollbackOnly();
                    return false;
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(acquired);
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
