package org.peerpartners.companion.summary;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peerpartners.companion.messaging.Channel;
import org.peerpartners.companion.messaging.Outbox;
import org.peerpartners.companion.messaging.OutboxEntry;
import org.peerpartners.companion.messaging.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the summaries that are due and tells each coach. A meeting is due when it starts
 * within its group's {@code summary_lead_minutes} and has no summary yet. Each meeting is
 * one transaction: the stored summary, its notice status and the outbox row commit
 * together, and the dedup key {@code summary:{meetingId}} keeps a second run (another
 * instance, a re-fired job) from queueing a second message.
 *
 * <p>After downtime a meeting may already have started: its summary is still built (the
 * page is useful afterwards) but the message is skipped as stale, with the reason stored.
 * Meetings that started more than {@link #CATCH_UP} ago are left alone.
 */
@Component
public class SummaryDelivery {

    public static final String KIND = "PRE_GROUP_SUMMARY";

    static final java.time.Duration CATCH_UP = java.time.Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(SummaryDelivery.class);

    private final JdbcClient jdbc;
    private final PreGroupSummaryWriter writer;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String publicBaseUrl;

    SummaryDelivery(JdbcClient jdbc, PreGroupSummaryWriter writer, Outbox outbox, Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${companion.public-base-url:}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
    }

    /** What happened to one meeting's summary in a run. */
    public record Outcome(long meetingId, long summaryId, String noticeStatus, String reason) {
    }

    /** Builds every due summary (up to {@code limit}) and queues the coaches' messages. */
    public List<Outcome> deliverDue(int limit) {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("""
                SELECT m.id FROM meeting m
                JOIN peer_group g ON g.id = m.group_id
                WHERE m.status <> 'CANCELLED' AND g.archived_at IS NULL
                  AND m.starts_at > :oldest
                  AND m.starts_at <= :now + g.summary_lead_minutes * interval '1 minute'
                  AND NOT EXISTS (SELECT 1 FROM meeting_summary s WHERE s.meeting_id = m.id)
                ORDER BY m.starts_at, m.id
                LIMIT :limit""")
                .param("oldest", utc(now.minus(CATCH_UP)))
                .param("now", utc(now))
                .param("limit", limit)
                .query(Long.class).list();
        List<Outcome> outcomes = new java.util.ArrayList<>();
        for (long meeting : due) {
            try {
                transactions.execute(status -> deliver(meeting, now)).ifPresent(outcomes::add);
            } catch (RuntimeException e) {
                // one meeting whose summary cannot be built must not hold up the others
                log.warn("Pre-group summary for meeting {} failed; retried next run", meeting, e);
            }
        }
        return outcomes;
    }

    private Optional<Outcome> deliver(long meetingId, Instant now) {
        Optional<PreGroupSummaryWriter.Written> written = writer.write(meetingId, now);
        if (written.isEmpty() || !written.get().created()) {
            return Optional.empty(); // gone, or another instance got there first
        }
        PreGroupSummary summary = written.get().summary();
        long summaryId = written.get().summaryId();
        Outcome outcome = notify(summary, summaryId, now);
        jdbc.sql("UPDATE meeting_summary SET notice_status = :status, notice_reason = :reason WHERE id = :id")
                .param("status", outcome.noticeStatus()).param("reason", outcome.reason()).param("id", summaryId)
                .update();
        log.info("Pre-group summary {} for meeting {}: {}{}", summaryId, meetingId, outcome.noticeStatus(),
                outcome.reason() == null ? "" : " (" + outcome.reason() + ")");
        return Optional.of(outcome);
    }

    private Outcome notify(PreGroupSummary summary, long summaryId, Instant now) {
        long meetingId = summary.meetingId();
        if (!summary.meetingStartsAt().isAfter(now)) {
            return new Outcome(meetingId, summaryId, "SKIPPED", "meeting already started");
        }
        if (publicBaseUrl.isEmpty()) {
            return new Outcome(meetingId, summaryId, "SKIPPED", "companion.public-base-url is not set");
        }
        Optional<CoachChannel> coach = coachChannel(summary.groupId());
        if (coach.isEmpty()) {
            return new Outcome(meetingId, summaryId, "SKIPPED", "coach has no linked channel");
        }
        CoachChannel to = coach.get();
        String body = CoachNotice.text(summary, link(summaryId), Locale.forLanguageTag(to.language()));
        outbox.enqueue(OutboxEntry.text(to.channel(), to.address(), KIND, body, Priority.BULK, dedupKey(meetingId))
                .toStaffUser(to.staffId()));
        return new Outcome(meetingId, summaryId, "QUEUED", null);
    }

    /** The page's address in the admin web. */
    public String link(long summaryId) {
        return publicBaseUrl + "/summaries/" + summaryId;
    }

    public static String dedupKey(long meetingId) {
        return "summary:" + meetingId;
    }

    private record CoachChannel(long staffId, String language, Channel channel, String address) {
    }

    /** The coach's most recently linked channel that is neither unlinked nor opted out. */
    private Optional<CoachChannel> coachChannel(long groupId) {
        return jdbc.sql("""
                SELECT s.id, s.language, ci.channel, ci.address
                FROM peer_group g
                JOIN staff_user s ON s.id = g.coach_id AND s.enabled
                JOIN channel_identity ci ON ci.staff_user_id = s.id
                     AND ci.unlinked_at IS NULL AND ci.opted_out_at IS NULL
                WHERE g.id = :group
                ORDER BY ci.linked_at DESC, ci.id DESC
                LIMIT 1""")
                .param("group", groupId)
                .query((row, n) -> new CoachChannel(row.getLong("id"), row.getString("language"),
                        Channel.valueOf(row.getString("channel")), row.getString("address")))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
