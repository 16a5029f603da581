package org.peerpartners.companion.web;

import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.web.security.StaffPrincipal;

/** The signed-in staff member as the core services' {@link Actor}: who changed what, for the audit log. */
public final class StaffActor {

    private StaffActor() {
    }

    public static Actor of(StaffPrincipal staff) {
        return new Actor(staff.staffId(), staff.programId(), staff.displayName(), Role.valueOf(staff.role().name()));
    }
}
