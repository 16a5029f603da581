package org.peerpartners.companion.program;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.data.annotation.Id;

/**
 * A coach, supervisor or administrator. The password hash and TOTP secret are produced by
 * the admin web's security; this record only carries them.
 */
public record StaffUser(
        @Id Long id,
        Long programId,
        String email,
        String displayName,
        String passwordHash,
        Role role,
        Long supervisorId,
        Locale language,
        ZoneId timeZone,
        byte[] totpSecret,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil,
        Instant createdAt) {

    public static StaffUser create(Long programId, String email, String displayName, Role role, Long supervisorId,
            Locale language, ZoneId timeZone, Instant now) {
        return new StaffUser(null, programId, email, displayName, null, role, supervisorId, language, timeZone,
                null, true, 0, null, now);
    }

    public StaffUser withPasswordHash(String hash) {
        return new StaffUser(id, programId, email, displayName, hash, role, supervisorId, language, timeZone,
                totpSecret, enabled, failedLogins, lockedUntil, createdAt);
    }

    /** Counts a failed login; from the {@code maxFailures}-th on, the account is locked until {@code until}. */
    public StaffUser withFailedLogin(int maxFailures, Instant until) {
        int failures = failedLogins + 1;
        return new StaffUser(id, programId, email, displayName, passwordHash, role, supervisorId, language,
                timeZone, totpSecret, enabled, failures, failures >= maxFailures ? until : lockedUntil, createdAt);
    }

    public StaffUser withSuccessfulLogin() {
        return new StaffUser(id, programId, email, displayName, passwordHash, role, supervisorId, language,
                timeZone, totpSecret, enabled, 0, null, createdAt);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
