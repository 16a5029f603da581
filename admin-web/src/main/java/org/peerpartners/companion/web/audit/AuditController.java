package org.peerpartners.companion.web.audit;

import java.time.LocalDate;

import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for supervisors (their team's entries) and administrators (all), newest first. */
@Controller
class AuditController {

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal StaffPrincipal viewer, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String targetType,
            @RequestParam(required = false) Long targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new AuditSearch.Filter(actor, action, targetType, targetId, from, to, Math.max(page, 0));
        model.addAttribute("filter", filter);
        model.addAttribute("result", search.search(viewer, filter));
        model.addAttribute("actions", search.actions());
        model.addAttribute("targetTypes", search.targetTypes());
        model.addAttribute("zone", viewer.timeZone());
        return "audit/list";
    }
}
