package org.peerpartners.companion.web.activity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.peerpartners.companion.activity.Activity;
import org.peerpartners.companion.activity.ActivityRepository;
import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The program's catalogue of low- or no-cost community activities. Every staff member of
 * the program reads it and keeps it up to date (coaches hear about new places first); each
 * change is audited. Another program's activity is not there (404).
 */
@Controller
class ActivityController {

    private final ActivityRepository activities;
    private final AuditLog audit;

    ActivityController(ActivityRepository activities, AuditLog audit) {
        this.activities = activities;
        this.audit = audit;
    }

    @GetMapping("/activities")
    String list(@RequestParam(required = false) String interest, @AuthenticationPrincipal StaffPrincipal viewer,
            Model model) {
        List<Activity> all = activities.findByProgramIdAndActiveTrueOrderByName(viewer.programId());
        String chosen = interest == null || interest.isBlank() ? null : interest.strip().toLowerCase(java.util.Locale.ROOT);
        model.addAttribute("interests", all.stream().flatMap(a -> a.interests().stream()).distinct()
                .sorted(Comparator.naturalOrder()).toList());
        model.addAttribute("interest", chosen);
        model.addAttribute("activities",
                chosen == null ? all : all.stream().filter(a -> a.interests().contains(chosen)).toList());
        model.addAttribute("retired", activities.findByProgramIdAndActiveFalseOrderByName(viewer.programId()));
        return "activity/list";
    }

    @GetMapping("/activities/new")
    String newForm(Model model) {
        model.addAttribute("form", ActivityForm.empty());
        model.addAttribute("errors", Map.of());
        model.addAttribute("activityId", null);
        return "activity/form";
    }

    @PostMapping("/activities")
    @Transactional
    String create(@ModelAttribute ActivityForm form, @AuthenticationPrincipal StaffPrincipal viewer, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = form.problems();
        if (!errors.isEmpty()) {
            return invalid(model, form, errors, null, response);
        }
        Activity saved = activities.save(form.toNew(viewer.programId()));
        audit.record(viewer.staffId(), viewer.displayName(), "CREATE_ACTIVITY", "activity", saved.id(), saved.name());
        redirect.addFlashAttribute("saved", "activity.saved");
        return "redirect:/activities";
    }

    @GetMapping("/activities/{activityId}/edit")
    String editForm(@PathVariable long activityId, @AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        Activity activity = open(viewer, activityId);
        model.addAttribute("form", ActivityForm.of(activity));
        model.addAttribute("errors", Map.of());
        model.addAttribute("activityId", activityId);
        return "activity/form";
    }

    @PostMapping("/activities/{activityId}")
    @Transactional
    String update(@PathVariable long activityId, @ModelAttribute ActivityForm form,
            @AuthenticationPrincipal StaffPrincipal viewer, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Activity existing = open(viewer, activityId);
        Map<String, String> errors = form.problems();
        if (!errors.isEmpty()) {
            return invalid(model, form, errors, activityId, response);
        }
        Activity saved = activities.save(form.applyTo(existing));
        audit.record(viewer.staffId(), viewer.displayName(), "UPDATE_ACTIVITY", "activity", saved.id(),
                saved.active() ? saved.name() : saved.name() + " (taken off the list)");
        redirect.addFlashAttribute("saved", "activity.saved");
        return "redirect:/activities";
    }

    private static String invalid(Model model, ActivityForm form, Map<String, String> errors, Long activityId,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activityId", activityId);
        return "activity/form";
    }

    private Activity open(StaffPrincipal viewer, long activityId) {
        return activities.findById(activityId).filter(a -> a.programId().equals(viewer.programId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
