package org.peerpartners.companion.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.NoSuchElementException;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.budget.BudgetMonth;
import org.peerpartners.companion.participant.Participant;
import org.peerpartners.companion.participant.ParticipantRepository;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.validation.Checks;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach's view of a participant's plan for this week (weeks start on Monday in the
 * participant's time zone, as in the conversation) and adding items to it. Numbers come
 * from {@link WeeklyPlanner}, so an item added here and one texted in at the same moment
 * never share a number. The caller has already checked that the actor may read the participant.
 */
@Component
public class PlanItems {

    private final ParticipantRepository participants;
    private final WeeklyPlanner planner;
    private final ActionPlanRepository plans;
    private final PlanItemRepository items;
    private final CheckInRepository checkIns;
    private final AuditLog audit;
    private final Clock clock;

    PlanItems(ParticipantRepository participants, WeeklyPlanner planner, ActionPlanRepository plans,
            PlanItemRepository items, CheckInRepository checkIns, AuditLog audit, Clock clock) {
        this.participants = participants;
        this.planner = planner;
        this.plans = plans;
        this.items = items;
        this.checkIns = checkIns;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param at the local date-time in the participant's zone, within this week; optional
     * @param estimatedCost what it may cost, optional
     */
    public record NewItem(String text, String at, BigDecimal estimatedCost) {
    }

    public record AddedItem(long id, int number) {
    }

    /** An item with its check-ins, oldest first (the latest counts). */
    public record ItemWithCheckIns(PlanItem item, List<CheckIn> checkIns) {
    }

    /** This week's items, removed ones left out; {@code planId} is null when no plan was opened yet. */
    public record WeekPlan(LocalDate weekStart, Long planId, List<ItemWithCheckIns> items) {
    }

    /** The Monday that starts the week containing {@code instant} in {@code zone}. */
    public static LocalDate weekStart(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** @throws NoSuchElementException when there is no such participant */
    public WeekPlan thisWeek(long participantId) {
        Participant participant = participant(participantId);
        LocalDate monday = weekStart(clock.instant(), participant.timeZone());
        return plans.findByParticipantIdAndWeekStart(participantId, monday)
                .map(plan -> new WeekPlan(monday, plan.id(), items.findByPlanIdAndRemovedAtIsNullOrderByNumber(plan.id())
                        .stream()
                        .map(item -> new ItemWithCheckIns(item, checkIns.findByPlanItemIdOrderByCreatedAtAscIdAsc(item.id())))
                        .toList()))
                .orElse(new WeekPlan(monday, null, List.of()));
    }

    /**
     * @throws InvalidInput naming each wrong field
     * @throws NoSuchElementException when there is no such participant
     */
    @Transactional
    public AddedItem add(long participantId, NewItem item, Actor actor) {
        Participant participant = participant(participantId);
        LocalDate monday = weekStart(clock.instant(), participant.timeZone());
        Checks checks = new Checks();
        String text = checks.required("text", item.text(), 300);
        LocalDateTime at = checks.localDateTime("at", item.at());
        if (at != null && (at.toLocalDate().isBefore(monday) || at.toLocalDate().isAfter(monday.plusDays(6)))) {
            checks.add("at", "not_this_week", "must be in this week, " + monday + " to " + monday.plusDays(6));
        }
        BigDecimal cost = checks.amount("estimatedCost", item.estimatedCost(), BudgetMonth.MAX_ENTRY);
        checks.throwIfAny();

        NewPlanItem newItem = new NewPlanItem(text, at == null ? null : at.toLocalDate(),
                at == null ? null : at.toLocalTime(), null, null, cost, null);
        PlanItem saved = planner.addItem(planner.planFor(participantId, monday).id(), newItem);
        audit.record(actor.staffId(), actor.name(), "ADD_PLAN_ITEM", "plan_item", saved.id(),
                "participant " + participantId);
        return new AddedItem(saved.id(), saved.number());
    }

    private Participant participant(long participantId) {
        return participants.findById(participantId)
                .orElseThrow(() -> new NoSuchElementException("No participant " + participantId));
    }
}
