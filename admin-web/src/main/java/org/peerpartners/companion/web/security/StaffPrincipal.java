package org.peerpartners.companion.web.security;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in staff member: who they are and which program they belong to. */
public class StaffPrincipal extends User {

    private final long staffId;
    private final long programId;
    private final String displayName;
    private final StaffRole role;
    private final ZoneId timeZone;
    private final Locale language;

    StaffPrincipal(long staffId, long programId, String email, String passwordHash, String displayName, StaffRole role,
            ZoneId timeZone, Locale language, boolean enabled, boolean unlocked) {
        super(email, passwordHash, enabled, true, true, unlocked, List.of(new SimpleGrantedAuthority(role.authority())));
        this.staffId = staffId;
        this.programId = programId;
        this.displayName = displayName;
        this.role = role;
        this.timeZone = timeZone;
        this.language = language;
    }

    public long staffId() {
        return staffId;
    }

    public long programId() {
        return programId;
    }

    public String displayName() {
        return displayName;
    }

    public StaffRole role() {
        return role;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** The language the admin web uses for them unless they pick the other one. */
    public Locale language() {
        return language;
    }

    // Equality stays User's (by email), which session registries rely on.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
