package org.peerpartners.companion.web.participant;

import java.time.ZoneId;

import org.peerpartners.companion.participant.ParticipantAccess;
import org.peerpartners.companion.web.participant.ParticipantPage.Profile;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One participant as their coach sees them: profile, channels and consent, goals, weekly
 * plans, budget, shared journal entries and reminders. The group's coach, that coach's
 * supervisor and administrators may read it; for anyone else the participant is not there.
 */
@Controller
class ParticipantController {

    private final ParticipantAccess access;
    private final ParticipantRecords records;

    ParticipantController(ParticipantAccess access, ParticipantRecords records) {
        this.access = access;
        this.records = records;
    }

    @GetMapping("/participants/{participantId}")
    String show(@PathVariable long participantId, @AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        Profile profile = readable(access, records, viewer, participantId);
        ZoneId zone = profile.timeZone();
        model.addAttribute("participant", profile);
        model.addAttribute("now", records.now(zone));
        model.addAttribute("paused", profile.paused(records.now(zone)));
        model.addAttribute("maySee", access.maySee(viewer.getUsername(), participantId));
        model.addAttribute("channels", records.channels(participantId, zone));
        model.addAttribute("consents", records.consents(participantId, zone));
        model.addAttribute("goals", records.goals(participantId, zone));
        var budget = records.budget(participantId, zone);
        model.addAttribute("budget", budget);
        model.addAttribute("weeks", records.weeks(participantId, zone, budget.totals().allowance().currency()));
        model.addAttribute("journal", records.sharedJournal(participantId, zone));
        model.addAttribute("reminders", records.reminders(participantId, zone));
        return "participant/show";
    }

    /** The participant, if the viewer may read their ordinary records; otherwise 404, as if missing. */
    static Profile readable(ParticipantAccess access, ParticipantRecords records, StaffPrincipal viewer,
            long participantId) {
        if (viewer == null || !access.mayRead(viewer.getUsername(), participantId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return records.profile(participantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
