package org.peerpartners.companion.bot.conversation.runtime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.peerpartners.companion.bot.conversation.Effect;
import org.peerpartners.companion.plan.ActionPlan;
import org.peerpartners.companion.plan.ActionPlanRepository;
import org.peerpartners.companion.plan.CheckIn;
import org.peerpartners.companion.plan.CheckInOutcome;
import org.peerpartners.companion.plan.CheckInRepository;
import org.peerpartners.companion.plan.NewPlanItem;
import org.peerpartners.companion.plan.PlanItem;
import org.peerpartners.companion.plan.PlanItemRepository;
import org.peerpartners.companion.plan.WeeklyPlanner;
import org.springframework.stereotype.Component;

/** Plan and check-in effects, on the participant's plan for this week (Monday start, their zone). */
@Component
class PlanWrites {

    private final WeeklyPlanner planner;
    private final ActionPlanRepository plans;
    private final PlanItemRepository items;
    private final CheckInRepository checkIns;

    PlanWrites(WeeklyPlanner planner, ActionPlanRepository plans, PlanItemRepository items,
            CheckInRepository checkIns) {
        this.planner = planner;
        this.plans = plans;
        this.items = items;
        this.checkIns = checkIns;
    }

    /** Adds the item; returns the number it got (see {@link EffectApplier} for why it may differ). */
    int add(long participantId, ZoneId zone, Effect.AddPlanItem add, Instant now) {
        ActionPlan plan = planner.planFor(participantId, ParticipantSnapshot.weekStart(now, zone));
        NewPlanItem item = NewPlanItem.of(add.text());
        if (add.plannedOn().isPresent()) {
            item = item.on(add.plannedOn().get(), add.plannedTime().orElse(null));
        }
        return planner.addItem(plan.id(), item).number();
    }

    void checkIn(long participantId, ZoneId zone, Effect.RecordCheckIn checkIn, Instant now) {
        item(participantId, zone, checkIn.itemNumber(), now).ifPresent(item -> checkIns.save(
                CheckIn.record(item.id(), CheckInOutcome.valueOf(checkIn.outcome().name()), now)));
    }

    /** Fills in the item's latest check-in; a missing one (it cannot be, short of a race with the web) is skipped. */
    void update(long participantId, ZoneId zone, Effect.UpdateCheckIn update, Instant now) {
        item(participantId, zone, update.itemNumber(), now).flatMap(item -> checkIns.findLatest(item.id()))
                .ifPresent(latest -> {
                    CheckIn changed = latest;
                    if (update.achievement().isPresent()) {
                        changed = changed.withRatings(changed.confidence(), update.achievement().get());
                    }
                    if (update.note().isPresent()) {
                        changed = changed.withNote(update.note().get());
                    }
                    checkIns.save(changed);
                });
    }

    private Optional<PlanItem> item(long participantId, ZoneId zone, int number, Instant now) {
        return plans.findByParticipantIdAndWeekStart(participantId, ParticipantSnapshot.weekStart(now, zone))
                .flatMap(plan -> items.findByPlanIdAndNumber(plan.id(), number))
                .filter(item -> !item.isRemoved());
    }
}
