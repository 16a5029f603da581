package org.peerpartners.companion.web.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.peerpartners.companion.outcome.InterviewKind;
import org.peerpartners.companion.participant.ParticipantAccess;
import org.peerpartners.companion.web.participant.ParticipantPage.Profile;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.peerpartners.companion.web.security.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * The confidential intake tab: quality-of-life interviews and hospital/ER history. Only the
 * coach and their supervisor see it; an administrator sees it only after a break-glass.
 * Every view is audited (in {@link Intakes#view}).
 */
@Controller
class IntakeController {

    /** Long enough to say why; the reason goes into the audit log. */
    static final int MIN_REASON = 10;
    static final int MAX_REASON = 500;

    private final IntakeAccess intakeAccess;
    private final Intakes intakes;
    private final ParticipantAccess access;
    private final ParticipantRecords records;
    private final Clock clock;

    IntakeController(IntakeAccess intakeAccess, Intakes intakes, ParticipantAccess access, ParticipantRecords records,
            Clock clock) {
        this.intakeAccess = intakeAccess;
        this.intakes = intakes;
        this.access = access;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/participants/{participantId}/intake")
    String show(@PathVariable long participantId, @AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        IntakeForm form = new IntakeForm();
        form.setInterviewedOn(today(participantId));
        if (intakes.hasBaseline(participantId)) {
            form.setKind(InterviewKind.FOLLOW_UP);
        }
        return page(participantId, viewer, form, model);
    }

    @PostMapping("/participants/{participantId}/intake")
    String record(@PathVariable long participantId, @AuthenticationPrincipal StaffPrincipal viewer,
            @Valid @ModelAttribute("form") IntakeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        IntakeAccess.Route route = route(viewer, participantId);
        if (form.getInterviewedOn() != null && form.getInterviewedOn().isAfter(today(participantId))) {
            errors.rejectValue("interviewedOn", "intake.error.future");
        }
        if (form.getKind() == InterviewKind.BASELINE && intakes.hasBaseline(participantId)) {
            errors.rejectValue("kind", "intake.error.baselineExists");
        }
        if (errors.hasErrors()) {
            model.addAttribute("invalid", true);
            return render(participantId, viewer, route, form, model);
        }
        intakes.record(viewer, participantId, form);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/participants/" + participantId + "/intake";
    }

    @GetMapping("/participants/{participantId}/intake/break-glass")
    String breakGlassForm(@PathVariable long participantId, @AuthenticationPrincipal StaffPrincipal viewer,
            Model model) {
        Profile profile = breakGlassAllowed(viewer, participantId);
        model.addAttribute("participant", profile);
        model.addAttribute("minutes", IntakeAccess.BREAK_GLASS_TIME.toMinutes());
        return "participant/break-glass";
    }

    @PostMapping("/participants/{participantId}/intake/break-glass")
    String breakGlass(@PathVariable long participantId, @AuthenticationPrincipal StaffPrincipal viewer,
            @RequestParam(defaultValue = "") String reason, Model model) {
        Profile profile = breakGlassAllowed(viewer, participantId);
        String trimmed = reason.strip();
        if (trimmed.length() < MIN_REASON || trimmed.length() > MAX_REASON) {
            model.addAttribute("participant", profile);
            model.addAttribute("minutes", IntakeAccess.BREAK_GLASS_TIME.toMinutes());
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", true);
            return "participant/break-glass";
        }
        intakeAccess.breakGlass(viewer, participantId, trimmed);
        return "redirect:/participants/" + participantId + "/intake";
    }

    private String page(long participantId, StaffPrincipal viewer, IntakeForm form, Model model) {
        return render(participantId, viewer, route(viewer, participantId), form, model);
    }

    private String render(long participantId, StaffPrincipal viewer, IntakeAccess.Route route, IntakeForm form,
            Model model) {
        Profile profile = records.profile(participantId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("participant", profile);
        model.addAttribute("interviews", intakes.view(viewer, participantId, route));
        model.addAttribute("indicators", QualityIndicator.values());
        model.addAttribute("kinds", InterviewKind.values());
        model.addAttribute("form", form);
        if (route == IntakeAccess.Route.BREAK_GLASS) {
            Instant until = intakeAccess.grantedUntil(viewer, participantId).orElseThrow();
            model.addAttribute("breakGlassUntil", until.atZone(viewer.timeZone()));
        }
        return "participant/intake";
    }

    /** The route in, or 404: a record the viewer may not see is simply not there. */
    private IntakeAccess.Route route(StaffPrincipal viewer, long participantId) {
        return intakeAccess.route(viewer, participantId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Break-glass is an administrator's page (403 for other roles); the participant must be theirs to read (404). */
    private Profile breakGlassAllowed(StaffPrincipal viewer, long participantId) {
        if (viewer == null || viewer.role() != StaffRole.ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return ParticipantController.readable(access, records, viewer, participantId);
    }

    private LocalDate today(long participantId) {
        return records.profile(participantId)
                .map(profile -> LocalDate.now(clock.withZone(profile.timeZone())))
                .orElseGet(() -> LocalDate.now(clock));
    }
}
