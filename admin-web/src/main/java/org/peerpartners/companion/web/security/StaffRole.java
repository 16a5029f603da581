package org.peerpartners.companion.web.security;

/** What a staff member may see: a coach their groups, a supervisor their coaches', an admin all. */
public enum StaffRole {
    ADMIN, SUPERVISOR, COACH;

    /** The Spring Security authority for this role. */
    String authority() {
        return "ROLE_" + name();
    }
}
