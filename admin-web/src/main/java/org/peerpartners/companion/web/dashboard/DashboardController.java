package org.peerpartners.companion.web.dashboard;

import org.peerpartners.companion.web.group.GroupDirectory;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.peerpartners.companion.web.security.StaffRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final GroupDirectory groups;

    DashboardController(Dashboard dashboard, GroupDirectory groups) {
        this.dashboard = dashboard;
        this.groups = groups;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        model.addAttribute("groups", groups.visibleTo(viewer));
        model.addAttribute("meetings", dashboard.nextMeetings(viewer));
        model.addAttribute("alertCount", dashboard.openAlertCount(viewer));
        model.addAttribute("alerts", dashboard.openAlerts(viewer));
        model.addAttribute("quiet", dashboard.quiet(viewer));
        model.addAttribute("quietDays", Dashboard.QUIET_AFTER.toDays());
        model.addAttribute("admin", viewer.role() == StaffRole.ADMIN);
        model.addAttribute("stuckMessages", dashboard.stuckMessages(viewer));
        return "dashboard/dashboard";
    }
}
