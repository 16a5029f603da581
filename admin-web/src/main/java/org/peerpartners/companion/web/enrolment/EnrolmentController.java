package org.peerpartners.companion.web.enrolment;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.peerpartners.companion.group.PeerGroup;
import org.peerpartners.companion.group.PeerGroupRepository;
import org.peerpartners.companion.participant.Enrolment;
import org.peerpartners.companion.participant.ParticipantAccess;
import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.peerpartners.companion.web.StaffActor;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Enrols a participant from the browser: the form, then straight to their printable card.
 * Whoever may read the group may enrol into it (its coach, the coach's supervisor, an
 * administrator); for anyone else the group is not there (404).
 */
@Controller
class EnrolmentController {

    /** The zones the program's sites use, offered after the group's own. */
    static final List<String> COMMON_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico");

    private final ParticipantAccess access;
    private final PeerGroupRepository groups;
    private final Enrolment enrolment;

    EnrolmentController(ParticipantAccess access, PeerGroupRepository groups, Enrolment enrolment) {
        this.access = access;
        this.groups = groups;
        this.enrolment = enrolment;
    }

    /** The form as typed; every field is text so a wrong entry can be shown back as it was. */
    record EnrolForm(String firstName, String language, String timeZone, String phone, String monthlyBudget) {
    }

    @GetMapping("/groups/{groupId}/participants/new")
    String form(@PathVariable long groupId, @AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        PeerGroup group = open(viewer, groupId);
        fill(model, group, new EnrolForm("", viewer.language().getLanguage(), group.timeZone().getId(), "", "0.00"),
                Map.of());
        return "enrolment/form";
    }

    @PostMapping("/groups/{groupId}/participants/new")
    String enrol(@PathVariable long groupId, @ModelAttribute EnrolForm form,
            @AuthenticationPrincipal StaffPrincipal viewer, Model model, HttpServletResponse response) {
        PeerGroup group = open(viewer, groupId);
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal budget = null;
        if (form.monthlyBudget() != null && !form.monthlyBudget().isBlank()) {
            try {
                budget = new BigDecimal(form.monthlyBudget().strip().replace("$", "").replace(",", ""));
            } catch (NumberFormatException e) {
                errors.put("monthlyBudget", "enrol.error.monthlyBudget");
            }
        }
        if (errors.isEmpty()) {
            try {
                var enrolled = enrolment.enrol(groupId, new Enrolment.NewParticipant(form.firstName(),
                        form.language(), form.timeZone(), blankToNull(form.phone()), budget), StaffActor.of(viewer));
                return "redirect:/participants/" + enrolled.id() + "/card";
            } catch (InvalidInput e) {
                for (FieldProblem problem : e.problems()) {
                    errors.putIfAbsent(problem.field(), messageKey(problem));
                }
            } catch (NoSuchElementException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        fill(model, group, form, errors);
        return "enrolment/form";
    }

    /** A message per field; a taken phone number gets its own, clearer one. */
    private static String messageKey(FieldProblem problem) {
        if ("phone".equals(problem.field()) && "taken".equals(problem.code())) {
            return "enrol.error.phone.taken";
        }
        return switch (problem.field()) {
            case "firstName", "language", "timeZone", "phone", "monthlyBudget" -> "enrol.error." + problem.field();
            default -> "enrol.error.general";
        };
    }

    private PeerGroup open(StaffPrincipal viewer, long groupId) {
        if (!access.mayReadGroup(viewer.getUsername(), groupId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return groups.findById(groupId).filter(g -> !g.isArchived())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void fill(Model model, PeerGroup group, EnrolForm form, Map<String, String> errors) {
        Set<String> zones = new LinkedHashSet<>();
        zones.add(group.timeZone().getId());
        zones.addAll(COMMON_ZONES);
        if (form.timeZone() != null && ZoneId.getAvailableZoneIds().contains(form.timeZone())) {
            zones.add(form.timeZone());
        }
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("zones", zones);
        model.addAttribute("errors", errors);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
