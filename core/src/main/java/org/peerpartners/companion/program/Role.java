package org.peerpartners.companion.program;

/** What a staff member may do in the admin web; stored as text in {@code staff_user.role}. */
public enum Role {
    ADMIN,
    SUPERVISOR,
    COACH
}
