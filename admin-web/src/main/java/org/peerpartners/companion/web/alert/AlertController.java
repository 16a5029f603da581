package org.peerpartners.companion.web.alert;

import org.peerpartners.companion.web.alert.Alerts.AlertView;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Safety alerts: the list and one alert, where staff acknowledge it and write how they
 * followed up. Whoever may read the participant's group (coach, supervisor, an administrator
 * on call) may acknowledge: an alert must never wait for one person. An alert of a group the
 * viewer may not read is 404.
 */
@Controller
class AlertController {

    static final int MAX_NOTE = 2000;

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/alerts")
    String list(@AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        model.addAttribute("alerts", alerts.visibleTo(viewer));
        return "alert/list";
    }

    @GetMapping("/alerts/{alertId}")
    String show(@PathVariable long alertId, @AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        AlertView alert = visible(viewer, alertId);
        model.addAttribute("alert", alert);
        model.addAttribute("note", alert.followUpNote());
        return "alert/show";
    }

    @PostMapping("/alerts/{alertId}")
    String acknowledge(@PathVariable long alertId, @AuthenticationPrincipal StaffPrincipal viewer,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
        AlertView alert = visible(viewer, alertId);
        String trimmed = note.strip();
        if (trimmed.length() > MAX_NOTE || (!alert.open() && trimmed.isEmpty())) {
            model.addAttribute("alert", alert);
            model.addAttribute("note", note);
            model.addAttribute("noteError", true);
            return "alert/show";
        }
        alerts.acknowledge(viewer, alertId, trimmed.isEmpty() ? null : trimmed);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/alerts/" + alertId;
    }

    private AlertView visible(StaffPrincipal viewer, long alertId) {
        return alerts.find(viewer, alertId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
