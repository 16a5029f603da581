package org.peerpartners.companion.web.participant;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerpartners.companion.budget.BudgetMonth;
import org.peerpartners.companion.budget.Money;
import org.peerpartners.companion.goal.GoalHistory;
import org.peerpartners.companion.messaging.AddressMask;
import org.peerpartners.companion.web.participant.ParticipantPage.Allocation;
import org.peerpartners.companion.web.participant.ParticipantPage.Budget;
import org.peerpartners.companion.web.participant.ParticipantPage.ChannelLink;
import org.peerpartners.companion.web.participant.ParticipantPage.CheckInLine;
import org.peerpartners.companion.web.participant.ParticipantPage.Consent;
import org.peerpartners.companion.web.participant.ParticipantPage.GoalLine;
import org.peerpartners.companion.web.participant.ParticipantPage.Journal;
import org.peerpartners.companion.web.participant.ParticipantPage.PlanLine;
import org.peerpartners.companion.web.participant.ParticipantPage.Profile;
import org.peerpartners.companion.web.participant.ParticipantPage.Reminder;
import org.peerpartners.companion.web.participant.ParticipantPage.Spending;
import org.peerpartners.companion.web.participant.ParticipantPage.Week;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one participant's ordinary records for the participant page. Callers check access
 * first ({@code ParticipantAccess.mayRead}); nothing here is confidential (intake is elsewhere).
 * Addresses are masked, journal entries are only those the participant chose to share.
 */
@Component
class ParticipantRecords {

    /** Enough weeks and reminders for a coach's conversation; older history stays in the database. */
    private static final int WEEKS = 6;
    private static final int REMINDERS = 40;

    private final JdbcClient jdbc;
    private final GoalHistory goals;
    private final Clock clock;

    ParticipantRecords(JdbcClient jdbc, GoalHistory goals, Clock clock) {
        this.jdbc = jdbc;
        this.goals = goals;
        this.clock = clock;
    }

    Optional<Profile> profile(long participantId) {
        return jdbc.sql("""
                SELECT p.id, p.first_name, p.language, p.time_zone, p.quiet_start, p.quiet_end, p.status,
                       p.paused_until, p.enrolled_on, g.id AS group_id, g.name AS group_name
                FROM participant p JOIN peer_group g ON g.id = p.group_id
                WHERE p.id = :id""")
                .param("id", participantId)
                .query((row, n) -> {
                    ZoneId zone = ZoneId.of(row.getString("time_zone"));
                    return new Profile(row.getLong("id"), row.getString("first_name"), row.getString("language"), zone,
                            row.getObject("quiet_start", LocalTime.class), row.getObject("quiet_end", LocalTime.class),
                            row.getString("status"), at(row, "paused_until", zone),
                            row.getObject("enrolled_on", LocalDate.class), row.getLong("group_id"),
                            row.getString("group_name"));
                })
                .optional();
    }

    ZonedDateTime now(ZoneId zone) {
        return clock.instant().atZone(zone);
    }

    List<ChannelLink> channels(long participantId, ZoneId zone) {
        return jdbc.sql("""
                SELECT channel, address, linked_at, opted_out_at, unlinked_at FROM channel_identity
                WHERE participant_id = :id ORDER BY linked_at, id""")
                .param("id", participantId)
                .query((row, n) -> new ChannelLink(row.getString("channel"), AddressMask.mask(row.getString("address")),
                        at(row, "linked_at", zone), at(row, "opted_out_at", zone), at(row, "unlinked_at", zone)))
                .list();
    }

    List<Consent> consents(long participantId, ZoneId zone) {
        return jdbc.sql("""
                SELECT occurred_at, channel, address, kind, source FROM consent_event
                WHERE participant_id = :id ORDER BY occurred_at DESC, id DESC""")
                .param("id", participantId)
                .query((row, n) -> new Consent(at(row, "occurred_at", zone), row.getString("channel"),
                        AddressMask.mask(row.getString("address")), row.getString("kind"), row.getString("source")))
                .list();
    }

    /** Every goal, newest first: the current ones and what they replaced. */
    List<GoalLine> goals(long participantId, ZoneId zone) {
        List<GoalLine> lines = new ArrayList<>(goals.history(participantId).stream()
                .map(goal -> new GoalLine(goal.kind().name(), goal.text(), goal.setAt().atZone(zone),
                        goal.replacedAt() == null ? null : goal.replacedAt().atZone(zone)))
                .toList());
        Collections.reverse(lines);
        return lines;
    }

    /** The latest weeks' plans, newest week first, each item with its check-ins. */
    List<Week> weeks(long participantId, ZoneId zone, Currency currency) {
        Map<Long, List<CheckInLine>> checkIns = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.plan_item_id, c.outcome, c.confidence, c.achievement, c.note, c.created_at
                FROM check_in c JOIN plan_item i ON i.id = c.plan_item_id JOIN action_plan a ON a.id = i.plan_id
                WHERE a.participant_id = :id ORDER BY c.created_at, c.id""")
                .param("id", participantId)
                .query((ResultSet row) -> {
                    checkIns.computeIfAbsent(row.getLong("plan_item_id"), k -> new ArrayList<>())
                            .add(new CheckInLine(row.getString("outcome"), row.getObject("confidence", Integer.class),
                                    row.getObject("achievement", Integer.class), row.getString("note"),
                                    at(row, "created_at", zone)));
                });
        Map<LocalDate, List<PlanLine>> weeks = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.week_start, i.id, i.number, i.text, i.planned_on, i.planned_time, i.estimated_cost,
                       i.confidence_before, i.removed_at
                FROM action_plan a JOIN plan_item i ON i.plan_id = a.id
                WHERE a.participant_id = :id
                  AND a.week_start IN (SELECT week_start FROM action_plan WHERE participant_id = :id
                                       ORDER BY week_start DESC LIMIT :weeks)
                ORDER BY a.week_start DESC, i.number""")
                .param("id", participantId).param("weeks", WEEKS)
                .query((ResultSet row) -> {
                    BigDecimal cost = row.getBigDecimal("estimated_cost");
                    weeks.computeIfAbsent(row.getObject("week_start", LocalDate.class), k -> new ArrayList<>())
                            .add(new PlanLine(row.getInt("number"), row.getString("text"),
                                    row.getObject("planned_on", LocalDate.class),
                                    row.getObject("planned_time", LocalTime.class),
                                    cost == null ? null : new Money(cost, currency),
                                    row.getObject("confidence_before", Integer.class),
                                    row.getObject("removed_at") != null,
                                    checkIns.getOrDefault(row.getLong("id"), List.of())));
                });
        return weeks.entrySet().stream().map(week -> new Week(week.getKey(), week.getValue())).toList();
    }

    /** This month in the participant's zone: allowance, what was spent and planned, the ledger. */
    Budget budget(long participantId, ZoneId zone) {
        var account = jdbc.sql("SELECT monthly_allowance, currency FROM participant WHERE id = :id")
                .param("id", participantId)
                .query((row, n) -> new Money(row.getBigDecimal("monthly_allowance"),
                        Currency.getInstance(row.getString("currency").trim())))
                .single();
        Currency currency = account.currency();
        YearMonth month = BudgetMonth.monthOf(clock.instant(), zone);
        LocalDate first = month.atDay(1);
        List<Spending> ledger = jdbc.sql("""
                SELECT spent_at, description, amount, undone_at, created_by_staff_id FROM spending_entry
                WHERE participant_id = :id AND month = :month ORDER BY spent_at DESC, id DESC""")
                .param("id", participantId).param("month", first)
                .query((row, n) -> new Spending(at(row, "spent_at", zone), row.getString("description"),
                        new Money(row.getBigDecimal("amount"), currency), row.getObject("undone_at") != null,
                        row.getObject("created_by_staff_id") != null))
                .list();
        List<Allocation> allocations = jdbc.sql("""
                SELECT purpose, amount FROM budget_allocation
                WHERE participant_id = :id AND month = :month ORDER BY created_at, id""")
                .param("id", participantId).param("month", first)
                .query((row, n) -> new Allocation(row.getString("purpose"), new Money(row.getBigDecimal("amount"), currency)))
                .list();
        Money spent = ledger.stream().filter(s -> !s.undone()).map(Spending::amount)
                .reduce(Money.zero(currency), Money::plus);
        Money planned = allocations.stream().map(Allocation::amount).reduce(Money.zero(currency), Money::plus);
        return new Budget(month, new BudgetMonth(month, account, spent, planned), ledger, allocations);
    }

    List<Journal> sharedJournal(long participantId, ZoneId zone) {
        return jdbc.sql("""
                SELECT created_at, text FROM journal_entry
                WHERE participant_id = :id AND shared_with_coach ORDER BY created_at DESC, id DESC""")
                .param("id", participantId)
                .query((row, n) -> new Journal(at(row, "created_at", zone), row.getString("text")))
                .list();
    }

    /**
     * Reminders of the next two weeks first (soonest first), then the latest handled ones;
     * the scheduler plans eight weeks ahead, which would bury what was just sent or dropped.
     */
    List<Reminder> reminders(long participantId, ZoneId zone) {
        return jdbc.sql("""
                SELECT kind, due_at, original_due_at, status, reason, processed_at FROM due_message
                WHERE participant_id = :id AND (status <> 'PENDING' OR due_at <= :horizon)
                ORDER BY (status = 'PENDING') DESC,
                         CASE WHEN status = 'PENDING' THEN due_at END ASC,
                         due_at DESC, id DESC
                LIMIT :limit""")
                .param("id", participantId).param("limit", REMINDERS)
                .param("horizon", java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofDays(14))))
                .query((row, n) -> new Reminder(row.getString("kind"), at(row, "due_at", zone),
                        at(row, "original_due_at", zone), row.getString("status"), row.getString("reason"),
                        at(row, "processed_at", zone)))
                .list();
    }

    private static ZonedDateTime at(ResultSet row, String column, ZoneId zone) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone);
    }
}
