package org.peerpartners.companion.web.summary;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.participant.ParticipantAccess;
import org.peerpartners.companion.summary.StoredSummaries;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pre-group summaries in the admin web. A summary follows its group: whoever may read
 * the group may read it, anyone else gets 404 as if it did not exist. It holds personal data,
 * so every view is audited and no page is cached.
 */
@Controller
class SummaryController {

    static final String VIEW_ACTION = "VIEW_SUMMARY";

    private final SummaryList list;
    private final StoredSummaries summaries;
    private final ParticipantAccess access;
    private final AuditLog audit;

    SummaryController(SummaryList list, StoredSummaries summaries, ParticipantAccess access, AuditLog audit) {
        this.list = list;
        this.summaries = summaries;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/summaries")
    String list(@AuthenticationPrincipal StaffPrincipal viewer, Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("summaries", list.visibleTo(viewer));
        return "summary/list";
    }

    @GetMapping("/summaries/{summaryId}")
    String show(@AuthenticationPrincipal StaffPrincipal viewer, @PathVariable long summaryId, Model model,
            HttpServletResponse response) {
        noStore(response);
        StoredSummaries.Stored stored = summaries.find(summaryId)
                .filter(summary -> access.mayReadGroup(viewer.getUsername(), summary.groupId()))
                .orElseThrow(SummaryController::notFound);
        audit.record(viewer.staffId(), viewer.getUsername(), VIEW_ACTION, "meeting_summary", stored.id(),
                "group " + stored.groupId());
        model.addAttribute("stored", stored);
        model.addAttribute("summary", stored.content());
        model.addAttribute("zone", ZoneId.of(stored.content().timeZone()));
        return "summary/view";
    }

    @GetMapping("/groups/{groupId}/summaries/latest")
    String latest(@AuthenticationPrincipal StaffPrincipal viewer, @PathVariable long groupId) {
        if (!access.mayReadGroup(viewer.getUsername(), groupId)) {
            throw notFound();
        }
        return summaries.latestOfGroup(groupId).map(id -> "redirect:/summaries/" + id)
                .orElseThrow(SummaryController::notFound);
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
