package org.peerpartners.companion.scheduler;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.peerpartners.companion.messaging.ConversationStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily: forgets what sent messages said once the retention has passed (the row stays, for
 * counts and delivery history; only the body goes), and deletes expired conversation states.
 */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final JdbcTemplate jdbc;
    private final ConversationStateRepository conversations;
    private final Clock clock;
    private final ScheduleProperties properties;

    Housekeeping(JdbcTemplate jdbc, ConversationStateRepository conversations, Clock clock,
            ScheduleProperties properties) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.clock = clock;
        this.properties = properties;
    }

    record Result(int bodiesForgotten, int statesDeleted) {
    }

    @Transactional
    Result run() {
        Instant now = clock.instant();
        int bodies = jdbc.update("""
                UPDATE outbound_message SET body = NULL
                WHERE body IS NOT NULL AND status IN ('SENT', 'DELIVERED') AND created_at < ?
                """, Timestamp.from(now.minus(properties.bodyRetention())));
        int states = conversations.deleteExpired(now);
        log.info("Housekeeping: {} message bodies forgotten, {} expired conversation states deleted", bodies, states);
        return new Result(bodies, states);
    }
}
