package org.peerpartners.companion.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.peerpartners.companion.budget.BudgetMonth;
import org.peerpartners.companion.budget.Budgets;
import org.peerpartners.companion.plan.PlanItems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A participant's ordinary records: profile, this week's plan, this month's budget. */
@RestController
@RequestMapping("/api/v1/participants/{participantId}")
@Tag(name = "Participants")
class ParticipantApi {

    private final ApiAccess access;
    private final ApiReads reads;
    private final PlanItems planItems;
    private final Budgets budgets;

    ParticipantApi(ApiAccess access, ApiReads reads, PlanItems planItems, Budgets budgets) {
        this.access = access;
        this.reads = reads;
        this.planItems = planItems;
        this.budgets = budgets;
    }

    record AddedItemBody(long id, int number) {
    }

    record CheckInBody(String outcome, Integer confidence, Integer achievement, String note, Instant createdAt) {
    }

    record PlanItemBody(long id, int number, String text, LocalDate plannedOn, LocalTime plannedTime,
            BigDecimal estimatedCost, List<CheckInBody> checkIns) {
    }

    record PlanBody(LocalDate weekStart, List<PlanItemBody> items) {
    }

    record BudgetBody(String month, String currency, BigDecimal allowance, BigDecimal spent, BigDecimal left,
            BigDecimal planned) {
    }

    @GetMapping
    @Operation(summary = "A participant's profile (no confidential intake data)")
    ApiReads.ParticipantBody get(@AuthenticationPrincipal ApiCaller caller, @PathVariable long participantId) {
        access.requireParticipant(caller, participantId);
        return reads.participant(participantId);
    }

    @GetMapping("/plan")
    @Operation(summary = "This week's plan items (weeks start on Monday in the participant's zone) with check-ins")
    PlanBody plan(@AuthenticationPrincipal ApiCaller caller, @PathVariable long participantId) {
        access.requireParticipant(caller, participantId);
        var week = planItems.thisWeek(participantId);
        return new PlanBody(week.weekStart(), week.items().stream()
                .map(i -> new PlanItemBody(i.item().id(), i.item().number(), i.item().text(), i.item().plannedOn(),
                        i.item().plannedTime(), i.item().estimatedCost(), i.checkIns().stream()
                                .map(c -> new CheckInBody(c.outcome().name(), c.confidence(), c.achievement(), c.note(),
                                        c.createdAt()))
                                .toList()))
                .toList());
    }

    @PostMapping("/plan-items")
    @Operation(summary = "Add an item to this week's plan; answers its id and the number the participant uses")
    ResponseEntity<AddedItemBody> addItem(@AuthenticationPrincipal ApiCaller caller, @PathVariable long participantId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "at (optional) is a local date-time in the participant's zone within this week", content = @Content(
                    examples = @ExampleObject(value = """
                            {"text": "Free concert in the park", "at": "2026-11-28T14:00", "estimatedCost": 0}
                            """)))
            @RequestBody PlanItems.NewItem item) {
        access.requireParticipant(caller, participantId);
        var added = planItems.add(participantId, item, caller.actor());
        return ResponseEntity.created(URI.create("/api/v1/participants/" + participantId + "/plan"))
                .body(new AddedItemBody(added.id(), added.number()));
    }

    @GetMapping("/budget")
    @Operation(summary = "This month's budget in the participant's zone: allowance, spent, left, planned")
    BudgetBody budget(@AuthenticationPrincipal ApiCaller caller, @PathVariable long participantId) {
        access.requireParticipant(caller, participantId);
        BudgetMonth month = budgets.thisMonth(participantId);
        return new BudgetBody(month.month().toString(), month.allowance().currency().getCurrencyCode(),
                month.allowance().amount(), month.spent().amount(), month.left().amount(), month.planned().amount());
    }
}
