package org.peerpartners.companion.web.group;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.peerpartners.companion.group.AttendanceStatus;
import org.peerpartners.companion.participant.ParticipantAccess;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * One group: members, meetings with attendance and skill topics, buddy sets. The group's
 * coach, their supervisor and the program's administrators may read and change it; for
 * anyone else the group does not exist (404).
 */
@Controller
class GroupPageController {

    private final ParticipantAccess access;
    private final GroupPage page;
    private final MeetingBook book;
    private final BuddyForm buddyForm;

    GroupPageController(ParticipantAccess access, GroupPage page, MeetingBook book, BuddyForm buddyForm) {
        this.access = access;
        this.page = page;
        this.book = book;
        this.buddyForm = buddyForm;
    }

    @GetMapping("/groups/{groupId}")
    String show(@PathVariable long groupId, @AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        GroupPage.Group group = open(viewer, groupId);
        fill(model, group, null, null);
        return "group/page";
    }

    @PostMapping("/groups/{groupId}/attendance")
    String recordAttendance(@PathVariable long groupId, @RequestParam(required = false) Long startsAt,
            @RequestParam Map<String, String> form, @AuthenticationPrincipal StaffPrincipal viewer, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        GroupPage.Group group = open(viewer, groupId); // access first: another's group is 404 whatever the form says
        if (startsAt == null) {
            return refused(model, group, "group.meeting.missing", response);
        }
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        for (var field : form.entrySet()) {
            if (field.getKey().startsWith("mark_") && !field.getValue().isBlank()) {
                try {
                    marks.put(Long.parseLong(field.getKey().substring(5)), AttendanceStatus.valueOf(field.getValue()));
                } catch (IllegalArgumentException e) {
                    return refused(model, group, "group.attendance.invalid", response);
                }
            }
        }
        try {
            book.recordAttendance(groupId, group.timeZone(), Instant.ofEpochSecond(startsAt), marks, viewer);
        } catch (MeetingBook.Refused e) {
            return refused(model, group, e.messageKey, response);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "group.attendance.saved");
        return "redirect:/groups/" + groupId + "#meeting-" + startsAt;
    }

    @PostMapping("/groups/{groupId}/topics")
    String setTopic(@PathVariable long groupId, @RequestParam(required = false) Long startsAt,
            @RequestParam(defaultValue = "") String skillTopic, @AuthenticationPrincipal StaffPrincipal viewer,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        GroupPage.Group group = open(viewer, groupId);
        if (startsAt == null) {
            return refused(model, group, "group.meeting.missing", response);
        }
        try {
            book.setSkillTopic(groupId, group.timeZone(), Instant.ofEpochSecond(startsAt), skillTopic, viewer);
        } catch (MeetingBook.Refused e) {
            return refused(model, group, e.messageKey, response);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "group.topic.saved");
        return "redirect:/groups/" + groupId + "#meeting-" + startsAt;
    }

    @PostMapping("/groups/{groupId}/buddies")
    String pairBuddies(@PathVariable long groupId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal StaffPrincipal viewer, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        GroupPage.Group group = open(viewer, groupId);
        Map<Long, Integer> chosen = BuddyForm.choices(form);
        List<String> problems = buddyForm.save(group, page.members(groupId), chosen, viewer);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            fill(model, group, chosen, null);
            model.addAttribute("buddyProblems", problems);
            return "group/page";
        }
        redirect.addFlashAttribute("saved", "group.buddies.saved");
        return "redirect:/groups/" + groupId + "#buddies";
    }

    private String refused(Model model, GroupPage.Group group, String messageKey, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        fill(model, group, null, messageKey);
        return "group/page";
    }

    private GroupPage.Group open(StaffPrincipal viewer, long groupId) {
        if (!access.mayReadGroup(viewer.getUsername(), groupId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return page.group(groupId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void fill(Model model, GroupPage.Group group, Map<Long, Integer> chosenSets, String problemKey) {
        List<GroupPage.Member> members = page.members(group.id());
        Map<Long, GroupPage.Member> byId = new LinkedHashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        List<List<Long>> sets = page.buddySets(group.id());
        model.addAttribute("group", group);
        model.addAttribute("members", members);
        model.addAttribute("series", page.series(group).orElse(null));
        model.addAttribute("meetings", page.meetings(group));
        model.addAttribute("buddySets", sets.stream()
                .map(set -> set.stream().map(byId::get).filter(m -> m != null).toList()).toList());
        model.addAttribute("setOf", chosenSets != null ? chosenSets : BuddyForm.numbered(sets));
        model.addAttribute("setNumbers", BuddyForm.setNumbers(members.size(), sets.size()));
        model.addAttribute("problem", problemKey);
    }
}
