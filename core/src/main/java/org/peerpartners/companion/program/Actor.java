package org.peerpartners.companion.program;

import java.util.Objects;

/**
 * The staff member on whose behalf a service changes records (from a web page or an API
 * token), for the audit log and for who-may-assign-whom rules.
 *
 * @param role the role they act in: their own, or a lower one an API token was issued for
 */
public record Actor(long staffId, long programId, String name, Role role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
