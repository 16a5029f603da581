package org.peerpartners.companion.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.peerpartners.companion.buddy.BuddyMember;
import org.peerpartners.companion.buddy.BuddyPairing;
import org.peerpartners.companion.buddy.BuddySet;
import org.peerpartners.companion.group.GroupSetup;
import org.peerpartners.companion.participant.Enrolment;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Groups: start one, read them, enrol participants, pair buddies. */
@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Groups")
class GroupApi {

    private final GroupSetup setup;
    private final Enrolment enrolment;
    private final BuddyPairing pairing;
    private final ApiAccess access;
    private final ApiReads reads;

    GroupApi(GroupSetup setup, Enrolment enrolment, BuddyPairing pairing, ApiAccess access, ApiReads reads) {
        this.setup = setup;
        this.enrolment = enrolment;
        this.pairing = pairing;
        this.access = access;
        this.reads = reads;
    }

    record Created(long id) {
    }

    record EnrolledBody(long id, String inviteCode) {
    }

    record BuddySets(List<List<Long>> sets) {
    }

    record BuddySetBody(long id, Instant activeFrom, List<Long> members) {
    }

    record BuddySetsBody(List<BuddySetBody> sets) {
    }

    @PostMapping
    @Operation(summary = "Start a group with its meeting series; the next weeks' meetings are written too")
    ResponseEntity<Created> create(@AuthenticationPrincipal ApiCaller caller, @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "firstStart is a local date-time in timeZone; cadence WEEKLY or BIWEEKLY; durationMinutes 15-480 (default 90)", content = @Content(
                    examples = @ExampleObject(value = """
                            {"name": "Tuesday Group", "coachId": 3, "timeZone": "America/New_York",
                             "firstStart": "2026-12-01T18:00", "cadence": "WEEKLY", "durationMinutes": 90,
                             "place": "Riverside Library, Room B"}
                            """)))
            @RequestBody GroupSetup.NewGroup group) {
        var started = setup.start(group, caller.actor());
        return ResponseEntity.created(URI.create("/api/v1/groups/" + started.id())).body(new Created(started.id()));
    }

    @GetMapping
    @Operation(summary = "The active groups the caller may read")
    List<ApiReads.GroupBody> list(@AuthenticationPrincipal ApiCaller caller) {
        return access.visibleGroupIds(caller).stream().map(reads::group).toList();
    }

    @GetMapping("/{groupId}")
    @Operation(summary = "A group with its meeting series, upcoming meetings and buddy sets")
    ApiReads.GroupDetailBody get(@AuthenticationPrincipal ApiCaller caller, @PathVariable long groupId) {
        access.requireGroup(caller, groupId);
        return reads.groupDetail(groupId);
    }

    @GetMapping("/{groupId}/participants")
    @Operation(summary = "The group's participants, by first name")
    List<ApiReads.ParticipantBody> participants(@AuthenticationPrincipal ApiCaller caller, @PathVariable long groupId) {
        access.requireGroup(caller, groupId);
        return reads.participants(groupId);
    }

    @PostMapping("/{groupId}/participants")
    @Operation(summary = "Enrol a participant; answers their invite code")
    ResponseEntity<EnrolledBody> enrol(@AuthenticationPrincipal ApiCaller caller, @PathVariable long groupId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "language en or es; timeZone defaults to the group's; phone (E.164) and monthlyBudget are optional", content = @Content(
                    examples = @ExampleObject(value = """
                            {"firstName": "Rosa", "language": "es", "timeZone": "America/Chicago",
                             "phone": "+15551230000", "monthlyBudget": 40.00}
                            """)))
            @RequestBody Enrolment.NewParticipant person) {
        access.requireGroup(caller, groupId);
        var enrolled = enrolment.enrol(groupId, person, caller.actor());
        return ResponseEntity.created(URI.create("/api/v1/participants/" + enrolled.id()))
                .body(new EnrolledBody(enrolled.id(), enrolled.inviteCode()));
    }

    @PutMapping("/{groupId}/buddies")
    @Operation(summary = "Replace the group's buddy pairs and trios (the old ones are kept as history)")
    BuddySetsBody buddies(@AuthenticationPrincipal ApiCaller caller, @PathVariable long groupId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "pairs and trios of participant ids of this group; nobody in two sets; [] clears the pairing", content = @Content(
                    examples = @ExampleObject(value = """
                            {"sets": [[11, 12], [13, 14, 15]]}
                            """)))
            @RequestBody BuddySets body) {
        access.requireGroup(caller, groupId);
        return new BuddySetsBody(pairing.replace(groupId, body.sets(), caller.actor()).stream()
                .map(GroupApi::body).toList());
    }

    @GetMapping("/{groupId}/summaries/latest")
    @Operation(summary = "The latest pre-group summary built for the group")
    ApiReads.SummaryBody latestSummary(@AuthenticationPrincipal ApiCaller caller, @PathVariable long groupId) {
        access.requireGroup(caller, groupId);
        return reads.latestSummary(groupId).orElseThrow(ApiProblems.NotFound::new);
    }

    static BuddySetBody body(BuddySet set) {
        return new BuddySetBody(set.id(), set.activeFrom(),
                set.members().stream().map(BuddyMember::participantId).sorted().toList());
    }
}
