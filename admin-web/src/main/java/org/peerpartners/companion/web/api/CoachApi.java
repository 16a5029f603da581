package org.peerpartners.companion.web.api;

import java.net.URI;

import org.peerpartners.companion.program.CoachEnrolment;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Adding coaches (administrators only). */
@RestController
@Tag(name = "Coaches")
class CoachApi {

    private final CoachEnrolment enrolment;

    CoachApi(CoachEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    record EnrolledBody(long id, String inviteCode) {
    }

    @PostMapping("/api/v1/coaches")
    @Operation(summary = "Add a coach (ADMIN token); answers their staff invite code")
    ResponseEntity<EnrolledBody> create(@AuthenticationPrincipal ApiCaller caller,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "language en or es (default en); timeZone defaults to the program's; supervisorId optional", content = @Content(
                    examples = @ExampleObject(value = """
                            {"email": "nina@example.org", "displayName": "Coach Nina", "language": "en",
                             "timeZone": "America/New_York", "supervisorId": 2}
                            """)))
            @RequestBody CoachEnrolment.NewCoach coach) {
        var enrolled = enrolment.enrol(coach, caller.actor());
        return ResponseEntity.created(URI.create("/api/v1/coaches/" + enrolled.id()))
                .body(new EnrolledBody(enrolled.id(), enrolled.inviteCode()));
    }
}
