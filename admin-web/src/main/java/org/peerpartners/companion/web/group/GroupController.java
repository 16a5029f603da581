package org.peerpartners.companion.web.group;

import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GroupController {

    private final GroupDirectory directory;

    GroupController(GroupDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/groups")
    String list(@AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        model.addAttribute("groups", directory.visibleTo(viewer));
        return "group/list";
    }
}
