package org.peerpartners.companion.web.participant;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.peerpartners.companion.participant.ParticipantAccess;
import org.peerpartners.companion.plan.PlanItems;
import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.peerpartners.companion.web.StaffActor;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coach writes down a plan item with the participant (at the meeting, or on the phone):
 * it goes into this week's plan, numbered as the participant will see it in PLAN.
 * Mistakes come back to the page, named in plain words; nothing is half-saved.
 */
@Controller
class PlanItemController {

    private final ParticipantAccess access;
    private final ParticipantRecords records;
    private final PlanItems planItems;

    PlanItemController(ParticipantAccess access, ParticipantRecords records, PlanItems planItems) {
        this.access = access;
        this.records = records;
        this.planItems = planItems;
    }

    @PostMapping("/participants/{participantId}/plan-items")
    String add(@PathVariable long participantId, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String at, @RequestParam(defaultValue = "") String estimatedCost,
            @AuthenticationPrincipal StaffPrincipal viewer, RedirectAttributes redirect) {
        ParticipantController.readable(access, records, viewer, participantId);
        Set<String> problems = new LinkedHashSet<>();
        BigDecimal cost = null;
        if (!estimatedCost.isBlank()) {
            try {
                cost = new BigDecimal(estimatedCost.strip().replace("$", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add("planItem.error.estimatedCost");
            }
        }
        if (problems.isEmpty()) {
            try {
                var added = planItems.add(participantId,
                        new PlanItems.NewItem(text, at.isBlank() ? null : at, cost), StaffActor.of(viewer));
                redirect.addFlashAttribute("planItemAdded", added.number());
                return "redirect:/participants/" + participantId + "#plans";
            } catch (InvalidInput e) {
                for (FieldProblem problem : e.problems()) {
                    problems.add(switch (problem.field()) {
                        case "text" -> "planItem.error.text";
                        case "at" -> "planItem.error.at";
                        case "estimatedCost" -> "planItem.error.estimatedCost";
                        default -> "planItem.error.general";
                    });
                }
            }
        }
        redirect.addFlashAttribute("planItemProblems", problems);
        redirect.addFlashAttribute("planItemText", text);
        return "redirect:/participants/" + participantId + "#plans";
    }
}
