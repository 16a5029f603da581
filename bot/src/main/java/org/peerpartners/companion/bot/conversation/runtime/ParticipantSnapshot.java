package org.peerpartners.companion.bot.conversation.runtime;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.peerpartners.companion.bot.conversation.Context.BudgetFigures;
import org.peerpartners.companion.bot.conversation.Context.Buddy;
import org.peerpartners.companion.bot.conversation.Context.ItemStatus;
import org.peerpartners.companion.bot.conversation.Context.Meeting;
import org.peerpartners.companion.bot.conversation.Context.PlanItem;
import org.peerpartners.companion.bot.conversation.Context.Reachability;
import org.peerpartners.companion.bot.conversation.Context.SpendingEntry;
import org.peerpartners.companion.budget.BudgetAllocationRepository;
import org.peerpartners.companion.budget.BudgetMonth;
import org.peerpartners.companion.budget.Money;
import org.peerpartners.companion.budget.SpendingEntryRepository;
import org.peerpartners.companion.goal.Goal;
import org.peerpartners.companion.goal.GoalKind;
import org.peerpartners.companion.goal.GoalRepository;
import org.peerpartners.companion.group.MeetingRepository;
import org.peerpartners.companion.group.MeetingSeriesRepository;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.participant.ParticipantRepository;
import org.peerpartners.companion.participant.ParticipantStatus;
import org.peerpartners.companion.plan.ActionPlanRepository;
import org.peerpartners.companion.plan.CheckInRepository;
import org.peerpartners.companion.plan.PlanItemRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A participant's side of the dialog's snapshot: plan, budget, goals, buddies, next meeting. */
@Component
class ParticipantSnapshot {

    private final ParticipantRepository participants;
    private final ActionPlanRepository plans;
    private final PlanItemRepository items;
    private final CheckInRepository checkIns;
    private final SpendingEntryRepository spending;
    private final BudgetAllocationRepository allocations;
    private final GoalRepository goals;
    private final MeetingRepository meetings;
    private final MeetingSeriesRepository series;
    private final JdbcClient jdbc;

    ParticipantSnapshot(ParticipantRepository participants, ActionPlanRepository plans, PlanItemRepository items,
            CheckInRepository checkIns, SpendingEntryRepository spending, BudgetAllocationRepository allocations,
            GoalRepository goals, MeetingRepository meetings, MeetingSeriesRepository series, JdbcClient jdbc) {
        this.participants = participants;
        this.plans = plans;
        this.items = items;
        this.checkIns = checkIns;
        this.spending = spending;
        this.allocations = allocations;
        this.goals = goals;
        this.meetings = meetings;
        this.series = series;
        this.jdbc = jdbc;
    }

    /** Plans run Monday to Sunday in the participant's zone (as the group writes them). */
    static LocalDate weekStart(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    Participant participant(long id) {
        return participants.findById(id).orElseThrow();
    }

    /** This week's items, removed ones left out, each with the outcome of its latest check-in. */
    List<PlanItem> plan(Participant participant, Instant now) {
        return plans.findByParticipantIdAndWeekStart(participant.id(), weekStart(now, participant.timeZone()))
                .map(plan -> items.findByPlanIdAndRemovedAtIsNullOrderByNumber(plan.id()).stream()
                        .map(item -> new PlanItem(item.number(), item.text(), Optional.ofNullable(item.plannedOn()),
                                Optional.ofNullable(item.plannedTime()),
                                checkIns.findLatest(item.id()).map(c -> ItemStatus.valueOf(c.outcome().name()))
                                        .orElse(ItemStatus.OPEN)))
                        .toList())
                .orElse(List.of());
    }

    /** This month's figures in the participant's zone, with core's rule for what is left. */
    BudgetFigures budget(Participant participant, Instant now) {
        LocalDate month = BudgetMonth.monthOf(now, participant.timeZone()).atDay(1);
        Currency currency = participant.currency();
        BudgetMonth figures = new BudgetMonth(BudgetMonth.monthOf(now, participant.timeZone()),
                new Money(participant.monthlyAllowance(), currency),
                new Money(spending.totalSpent(participant.id(), month), currency),
                new Money(allocations.totalPlanned(participant.id(), month), currency));
        return new BudgetFigures(figures.allowance().amount(), figures.spent().amount(), figures.left().amount(),
                figures.planned().amount());
    }

    Optional<SpendingEntry> lastSpending(long participantId) {
        return spending.findLastUndoable(participantId)
                .map(e -> new SpendingEntry(e.id(), e.amount(), e.description(), e.spentAt()));
    }

    List<Goal> currentGoals(long participantId) {
        return goals.findByParticipantIdAndReplacedAtIsNullOrderByKind(participantId);
    }

    static Optional<String> goalText(List<Goal> current, GoalKind kind) {
        return current.stream().filter(g -> g.kind() == kind).map(Goal::text).findFirst();
    }

    /** The other members of the participant's active buddy set, with whether a relay can reach them. */
    List<Buddy> buddies(long participantId, Instant now) {
        return jdbc.sql("""
                SELECT p.id, p.first_name, p.status, p.paused_until,
                    count(i.id) FILTER (WHERE i.unlinked_at IS NULL) AS linked,
                    count(i.id) FILTER (WHERE i.unlinked_at IS NULL AND i.opted_out_at IS NULL) AS open
                FROM buddy_set s
                JOIN buddy_member me ON me.buddy_set_id = s.id AND me.participant_id = :id
                JOIN buddy_member other ON other.buddy_set_id = s.id AND other.participant_id <> :id
                JOIN participant p ON p.id = other.participant_id
                LEFT JOIN channel_identity i ON i.participant_id = p.id
                WHERE s.active_from <= :now AND (s.active_until IS NULL OR s.active_until > :now)
                GROUP BY p.id, p.first_name, p.status, p.paused_until
                ORDER BY p.id
                """)
                .param("id", participantId).param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    Timestamp paused = rs.getTimestamp("paused_until");
                    Reachability reach = rs.getLong("linked") == 0
                            || ParticipantStatus.EXITED.name().equals(rs.getString("status")) ? Reachability.NOT_LINKED
                            : rs.getLong("open") == 0 ? Reachability.OPTED_OUT
                            : paused != null && paused.toInstant().isAfter(now) ? Reachability.PAUSED
                            : Reachability.REACHABLE;
                    return new Buddy(rs.getLong("id"), rs.getString("first_name"), reach);
                })
                .list();
    }

    /**
     * The group's next meeting: the earlier of the next scheduled meeting row and the
     * series' next occurrence that has no row of its own (a row may cancel or move it).
     */
    Optional<Meeting> nextMeeting(long groupId, ZoneId groupZone, Instant now) {
        Optional<Meeting> row = meetings.findNext(groupId, now).map(m -> new Meeting(m.startsAt(), m.place()));
        Optional<Meeting> scheduled = series.findByGroupId(groupId)
                .flatMap(s -> s.schedule(groupZone).next(now))
                .filter(o -> meetings.findByGroupIdAndStartsAt(groupId, o.start()).isEmpty())
                .map(o -> new Meeting(o.start(), o.place()));
        return Stream.of(row, scheduled).flatMap(Optional::stream).min(Comparator.comparing(Meeting::startsAt));
    }

    ZoneId groupZone(long groupId) {
        return ZoneId.of(jdbc.sql("SELECT time_zone FROM peer_group WHERE id = :id").param("id", groupId)
                .query(String.class).single());
    }
}
