package org.peerpartners.companion.web.api;

import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;

/**
 * Who is calling the API: the token's staff member, acting in the token's role (never above
 * their own, see {@link ApiTokens#authenticate}).
 *
 * @param role the role the call acts in
 * @param staffRole the staff member's own role, which record access starts from
 */
record ApiCaller(long tokenId, long staffId, long programId, String email, String displayName, Role role,
        Role staffRole) {

    Actor actor() {
        return new Actor(staffId, programId, displayName + " (API)", role);
    }

    /** True when the token was issued for a lower role than its owner has. */
    boolean narrowed() {
        return role != staffRole;
    }
}
