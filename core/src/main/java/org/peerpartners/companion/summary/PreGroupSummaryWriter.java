package org.peerpartners.companion.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerpartners.companion.budget.BudgetMonth;
import org.peerpartners.companion.budget.Money;
import org.peerpartners.companion.summary.PreGroupSummary.Alert;
import org.peerpartners.companion.summary.PreGroupSummary.Budget;
import org.peerpartners.companion.summary.PreGroupSummary.CheckIn;
import org.peerpartners.companion.summary.PreGroupSummary.GoalChange;
import org.peerpartners.companion.summary.PreGroupSummary.Item;
import org.peerpartners.companion.summary.PreGroupSummary.JournalLine;
import org.peerpartners.companion.summary.PreGroupSummary.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a meeting's {@link PreGroupSummary} from the data and stores it. Four set-based
 * queries per group (the meeting; the people with their one-number facts; plan items with
 * check-ins; shared journal lines, alerts and goal changes), each a range scan on an index
 * by participant and time, so the cost follows the size of the group and the period, not
 * the length of the history.
 */
@Component
public class PreGroupSummaryWriter {

    private final JdbcClient jdbc;

    public PreGroupSummaryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored summary's id and whether this call stored it (false: it was there already). */
    public record Written(long summaryId, boolean created, PreGroupSummary summary) {
    }

    /**
     * Builds the meeting's summary and stores it once; a second call (another instance, a
     * job fired twice) finds the stored one and changes nothing.
     */
    public Optional<Written> write(long meetingId, Instant builtAt) {
        Optional<Long> existing = storedId(meetingId);
        if (existing.isPresent()) {
            return Optional.of(new Written(existing.get(), false, null));
        }
        return build(meetingId).map(summary -> {
            Optional<Long> id = jdbc.sql("""
                    INSERT INTO meeting_summary (meeting_id, group_id, built_at, content)
                    VALUES (:meeting, :group, :builtAt, CAST(:content AS jsonb))
                    ON CONFLICT (meeting_id) DO NOTHING
                    RETURNING id""")
                    .param("meeting", meetingId)
                    .param("group", summary.groupId())
                    .param("builtAt", utc(builtAt))
                    .param("content", SummaryJson.write(summary))
                    .query(Long.class).optional();
            return id.map(value -> new Written(value, true, summary))
                    .orElseGet(() -> new Written(storedId(meetingId).orElseThrow(), false, null));
        });
    }

    private Optional<Long> storedId(long meetingId) {
        return jdbc.sql("SELECT id FROM meeting_summary WHERE meeting_id = :meeting")
                .param("meeting", meetingId).query(Long.class).optional();
    }

    /** The summary of the meeting as the data stands; empty when there is no such meeting. */
    public Optional<PreGroupSummary> build(long meetingId) {
        return jdbc.sql("""
                SELECT m.id, m.group_id, g.name, g.time_zone, m.starts_at, m.place,
                       prev.id AS prev_id, prev.starts_at AS prev_start
                FROM meeting m
                JOIN peer_group g ON g.id = m.group_id
                LEFT JOIN LATERAL (
                    SELECT p.id, p.starts_at FROM meeting p
                    WHERE p.group_id = m.group_id AND p.starts_at < m.starts_at AND p.status <> 'CANCELLED'
                    ORDER BY p.starts_at DESC LIMIT 1) prev ON true
                WHERE m.id = :meeting""")
                .param("meeting", meetingId)
                .query((row, n) -> new Period(row.getLong("id"), row.getLong("group_id"), row.getString("name"),
                        ZoneId.of(row.getString("time_zone")), instant(row, "starts_at"), row.getString("place"),
                        (Long) row.getObject("prev_id"), row.getObject("prev_start") == null ? null
                                : instant(row, "prev_start")))
                .optional()
                .map(this::build);
    }

    private PreGroupSummary build(Period period) {
        Map<Long, PersonRow> people = people(period);
        Plans plans = plans(period);
        Events events = events(period);

        List<Person> persons = new ArrayList<>();
        for (PersonRow row : people.values()) {
            Ratings rating = plans.ratings().getOrDefault(row.id(), Ratings.NONE);
            Integer days = row.lastMessageAt() == null ? null
                    : (int) Duration.between(row.lastMessageAt(), period.until()).toDays();
            boolean quiet = days == null || days >= PreGroupSummary.QUIET_DAYS;
            persons.add(new Person(row.id(), row.firstName(), plans.items().getOrDefault(row.id(), List.of()),
                    Trends.of(rating.previousConfidence(), rating.currentConfidence()),
                    Trends.of(rating.previousAchievement(), rating.currentAchievement()),
                    row.budget(), row.buddyContacts(), events.journal().getOrDefault(row.id(), List.of()), days,
                    quiet, events.alerts().getOrDefault(row.id(), List.of()),
                    events.goals().getOrDefault(row.id(), List.of())));
        }
        return new PreGroupSummary(period.meetingId(), period.groupId(), period.groupName(), period.zone().getId(),
                period.until(), period.place(), period.since(), period.until(),
                GroupFacts.overview(period.previousStart(), people.values().stream()
                        .map(row -> new GroupFacts.Attendee(row.firstName(), row.lastAttendance())).toList(),
                        persons),
                persons);
    }

    /** Everyone not exited, in name order, with the one-number facts about them. */
    private Map<Long, PersonRow> people(Period period) {
        Map<Long, PersonRow> people = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.id, p.first_name, p.time_zone, p.currency, p.monthly_allowance,
                       bm.month,
                       (SELECT coalesce(sum(s.amount), 0) FROM spending_entry s
                         WHERE s.participant_id = p.id AND s.month = bm.month AND s.undone_at IS NULL) AS spent,
                       (SELECT coalesce(sum(a.amount), 0) FROM budget_allocation a
                         WHERE a.participant_id = p.id AND a.month = bm.month) AS planned,
                       (SELECT count(*) FROM buddy_contact c
                         WHERE c.from_participant_id = p.id
                           AND c.occurred_at >= :since AND c.occurred_at < :until) AS buddy_contacts,
                       (SELECT max(at) FROM (
                           SELECT max(last.received_at) AS at FROM channel_identity ci
                           CROSS JOIN LATERAL (
                               SELECT i.received_at FROM inbound_message i
                               WHERE i.channel = ci.channel AND i.sender_address = ci.address
                                 AND i.received_at < :until
                               ORDER BY i.id DESC LIMIT 1) last
                           WHERE ci.participant_id = p.id
                           -- what a message left behind counts too, as on the dashboard
                           UNION ALL
                           SELECT max(c.created_at) FROM action_plan ap JOIN plan_item pi ON pi.plan_id = ap.id
                           JOIN check_in c ON c.plan_item_id = pi.id
                           WHERE ap.participant_id = p.id AND c.created_at < :until
                           UNION ALL
                           SELECT max(j.created_at) FROM journal_entry j
                           WHERE j.participant_id = p.id AND j.created_at < :until
                           UNION ALL
                           SELECT max(b.occurred_at) FROM buddy_contact b
                           WHERE b.from_participant_id = p.id AND b.occurred_at < :until
                           UNION ALL
                           SELECT max(s.spent_at) FROM spending_entry s
                           WHERE s.participant_id = p.id AND s.created_by_staff_id IS NULL AND s.spent_at < :until
                         ) heard) AS last_message_at,
                       (SELECT a.status FROM attendance a
                         WHERE a.meeting_id = :previous AND a.participant_id = p.id) AS last_attendance
                FROM participant p
                CROSS JOIN LATERAL (
                    SELECT date_trunc('month', :until AT TIME ZONE p.time_zone)::date AS month) bm
                WHERE p.group_id = :group AND p.status <> 'EXITED'
                ORDER BY p.first_name, p.id""")
                .param("since", utc(period.since()))
                .param("until", utc(period.until()))
                .param("previous", period.previousId())
                .param("group", period.groupId())
                .query((row, n) -> {
                    var currency = java.util.Currency.getInstance(row.getString("currency"));
                    LocalDate month = row.getObject("month", LocalDate.class);
                    BudgetMonth budget = new BudgetMonth(java.time.YearMonth.from(month),
                            new Money(row.getBigDecimal("monthly_allowance"), currency),
                            new Money(row.getBigDecimal("spent"), currency),
                            new Money(row.getBigDecimal("planned"), currency));
                    OffsetDateTime last = row.getObject("last_message_at", OffsetDateTime.class);
                    return new PersonRow(row.getLong("id"), row.getString("first_name"),
                            new Budget(budget.month().toString(), currency.getCurrencyCode(),
                                    budget.allowance().amount(), budget.spent().amount(), budget.left().amount(),
                                    budget.planned().amount()),
                            row.getInt("buddy_contacts"), last == null ? null : last.toInstant(),
                            row.getString("last_attendance"));
                })
                .list()
                .forEach(row -> people.put(row.id(), row));
        return people;
    }

    /** A participant's plan items of the period and their average ratings before and in it. */
    private record Plans(Map<Long, List<Item>> items, Map<Long, Ratings> ratings) {
    }

    /**
     * One query for plans and ratings: plan items of the weeks that overlap the period or the
     * one as long before it (for the trends), with their check-ins in those two periods.
     * Items of the period's weeks are shown with the period's check-ins; the averages are
     * taken here (one decimal, half up, as PostgreSQL's round).
     */
    private Plans plans(Period period) {
        record Row(long participant, long item, boolean shown, int number, String text, LocalDate plannedOn,
                Integer before, CheckIn checkIn) {
        }
        Instant earlier = period.since().minus(Duration.between(period.since(), period.until()));
        List<Row> rows = jdbc.sql("""
                SELECT ap.participant_id, pi.id AS item_id, ap.week_start > :sinceDay - 7 AS shown,
                       pi.number, pi.text, pi.planned_on, pi.confidence_before,
                       c.created_at, c.outcome, c.confidence, c.achievement
                FROM participant p
                JOIN action_plan ap ON ap.participant_id = p.id
                     AND ap.week_start > :earlierDay - 7 AND ap.week_start < :untilDay
                JOIN plan_item pi ON pi.plan_id = ap.id AND pi.removed_at IS NULL
                LEFT JOIN check_in c ON c.plan_item_id = pi.id AND c.created_at >= :earlier AND c.created_at < :until
                WHERE p.group_id = :group AND p.status <> 'EXITED'
                ORDER BY ap.participant_id, ap.week_start, pi.number, pi.id, c.created_at, c.id""")
                .param("sinceDay", period.sinceDay())
                .param("earlierDay", LocalDate.ofInstant(earlier, period.zone()))
                .param("untilDay", period.untilDay().plusDays(1))
                .param("earlier", utc(earlier))
                .param("until", utc(period.until()))
                .param("group", period.groupId())
                .query((row, n) -> new Row(row.getLong("participant_id"), row.getLong("item_id"),
                        row.getBoolean("shown"), row.getInt("number"), row.getString("text"),
                        row.getObject("planned_on", LocalDate.class), row.getObject("confidence_before", Integer.class),
                        row.getObject("created_at") == null ? null
                                : new CheckIn(instant(row, "created_at"), row.getString("outcome"),
                                        row.getObject("confidence", Integer.class),
                                        row.getObject("achievement", Integer.class))))
                .list();
        Map<Long, Row> firstRows = new LinkedHashMap<>();
        Map<Long, List<CheckIn>> checkIns = new LinkedHashMap<>();
        Map<Long, RatingSums> sums = new LinkedHashMap<>();
        for (Row row : rows) {
            firstRows.putIfAbsent(row.item(), row);
            List<CheckIn> list = checkIns.computeIfAbsent(row.item(), id -> new ArrayList<>());
            if (row.checkIn() == null) {
                continue;
            }
            boolean current = !row.checkIn().at().isBefore(period.since());
            if (current) {
                list.add(row.checkIn());
            }
            sums.computeIfAbsent(row.participant(), id -> new RatingSums()).add(row.checkIn(), current);
        }
        Map<Long, List<Item>> items = new LinkedHashMap<>();
        for (Row row : firstRows.values()) {
            if (row.shown()) {
                items.computeIfAbsent(row.participant(), id -> new ArrayList<>()).add(
                        new Item(row.number(), row.text(), row.plannedOn(), row.before(), checkIns.get(row.item())));
            }
        }
        Map<Long, Ratings> ratings = new LinkedHashMap<>();
        sums.forEach((participant, sum) -> ratings.put(participant, sum.ratings()));
        return new Plans(items, ratings);
    }

    /** What a participant shared or went through in the period, from one query. */
    private record Events(Map<Long, List<JournalLine>> journal, Map<Long, List<Alert>> alerts,
            Map<Long, List<GoalChange>> goals) {
    }

    /** Shared journal lines, safety alerts and goals set in the period, in time order. */
    private Events events(Period period) {
        Events events = new Events(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        jdbc.sql("""
                SELECT 'journal' AS kind, j.participant_id, j.id, j.created_at AS at, j.text, NULL AS detail,
                       false AS flag
                FROM participant p
                JOIN journal_entry j ON j.participant_id = p.id AND j.shared_with_coach
                     AND j.created_at >= :since AND j.created_at < :until
                WHERE p.group_id = :group AND p.status <> 'EXITED'
                UNION ALL
                SELECT 'alert', a.participant_id, a.id, a.created_at, NULL, NULL, a.acknowledged_at IS NOT NULL
                FROM participant p
                JOIN safety_alert a ON a.participant_id = p.id AND a.created_at >= :since AND a.created_at < :until
                WHERE p.group_id = :group AND p.status <> 'EXITED'
                UNION ALL
                SELECT 'goal', g.participant_id, g.id, g.set_at, g.text, g.kind,
                       EXISTS (SELECT 1 FROM goal old WHERE old.replaced_by_id = g.id)
                FROM participant p
                JOIN goal g ON g.participant_id = p.id AND g.set_at >= :since AND g.set_at < :until
                WHERE p.group_id = :group AND p.status <> 'EXITED'
                ORDER BY participant_id, at, kind, id""")
                .param("since", utc(period.since())).param("until", utc(period.until()))
                .param("group", period.groupId())
                .query((row, n) -> {
                    long participant = row.getLong("participant_id");
                    Instant at = instant(row, "at");
                    switch (row.getString("kind")) {
                        case "journal" -> events.journal().computeIfAbsent(participant, id -> new ArrayList<>())
                                .add(new JournalLine(at, row.getString("text")));
                        case "alert" -> events.alerts().computeIfAbsent(participant, id -> new ArrayList<>())
                                .add(new Alert(row.getLong("id"), at, row.getBoolean("flag")));
                        default -> events.goals().computeIfAbsent(participant, id -> new ArrayList<>())
                                .add(new GoalChange(at, row.getString("detail"), row.getString("text"),
                                        row.getBoolean("flag")));
                    }
                    return participant;
                })
                .list();
        return events;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The meeting and the period its summary covers. */
    private record Period(long meetingId, long groupId, String groupName, ZoneId zone, Instant until, String place,
            Long previousId, Instant previousStart) {

        /** With no previous meeting the period is the week before. */
        Instant since() {
            return previousStart != null ? previousStart : until.minus(Duration.ofDays(7));
        }

        LocalDate sinceDay() {
            return LocalDate.ofInstant(since(), zone);
        }

        LocalDate untilDay() {
            return LocalDate.ofInstant(until, zone);
        }
    }

    private record PersonRow(long id, String firstName, Budget budget, int buddyContacts, Instant lastMessageAt,
            String lastAttendance) {
    }

    private record Ratings(BigDecimal previousConfidence, BigDecimal currentConfidence,
            BigDecimal previousAchievement, BigDecimal currentAchievement) {

        static final Ratings NONE = new Ratings(null, null, null, null);
    }

    /** Running sums of ratings before the period and in it. */
    private static final class RatingSums {

        private final int[] sum = new int[4];
        private final int[] count = new int[4];

        void add(CheckIn checkIn, boolean current) {
            int offset = current ? 1 : 0;
            if (checkIn.confidence() != null) {
                sum[offset] += checkIn.confidence();
                count[offset]++;
            }
            if (checkIn.achievement() != null) {
                sum[2 + offset] += checkIn.achievement();
                count[2 + offset]++;
            }
        }

        Ratings ratings() {
            return new Ratings(average(0), average(1), average(2), average(3));
        }

        private BigDecimal average(int i) {
            return count[i] == 0 ? null
                    : BigDecimal.valueOf(sum[i]).divide(BigDecimal.valueOf(count[i]), 1, RoundingMode.HALF_UP);
        }
    }
}
