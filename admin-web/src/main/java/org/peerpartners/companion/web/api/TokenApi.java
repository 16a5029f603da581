package org.peerpartners.companion.web.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/** API tokens of the program (ADMIN tokens only, see {@link ApiSecurityConfiguration}). */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(Long staffId, String name, String role) {
    }

    @GetMapping
    @Operation(summary = "The program's tokens (never the token values)")
    List<ApiTokens.TokenInfo> list(@AuthenticationPrincipal ApiCaller caller) {
        return tokens.list(caller.programId());
    }

    @PostMapping
    @Operation(summary = "Issue a token for a staff member and a role no higher than theirs; the token is shown only here")
    ResponseEntity<ApiTokens.IssuedToken> issue(@AuthenticationPrincipal ApiCaller caller, @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "role ADMIN, SUPERVISOR or COACH, not above the staff member's own", content = @Content(
                    examples = @ExampleObject(value = """
                            {"staffId": 3, "name": "weekly report export", "role": "COACH"}
                            """)))
            @RequestBody NewToken token) {
        var issued = tokens.issue(token.staffId(), token.name(), token.role(), caller.actor());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id())).body(issued);
    }

    @DeleteMapping("/{tokenId}")
    @Operation(summary = "Revoke a token")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal ApiCaller caller, @PathVariable long tokenId) {
        if (!tokens.revoke(tokenId, caller.actor())) {
            throw new ApiProblems.NotFound();
        }
        return ResponseEntity.noContent().build();
    }
}
