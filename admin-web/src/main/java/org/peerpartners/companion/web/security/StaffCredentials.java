package org.peerpartners.companion.web.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.peerpartners.companion.security.FieldEncryption;
import org.peerpartners.companion.security.FieldRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A staff member's secrets: the password hash, the authenticator secret (encrypted with
 * {@link FieldEncryption}, bound to its row) and the failed-sign-in counter. Callers check
 * the password policy and write the audit entry.
 */
@Component
public class StaffCredentials {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final FieldEncryption encryption;
    private final Clock clock;

    StaffCredentials(JdbcClient jdbc, PasswordEncoder encoder, FieldEncryption encryption, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.encryption = encryption;
        this.clock = clock;
    }

    /** Sets a new password (already checked against the policy) and clears any lock. */
    public void setPassword(long staffId, String password) {
        jdbc.sql("UPDATE staff_user SET password_hash = :hash, failed_logins = 0, locked_until = NULL WHERE id = :id")
                .param("hash", encoder.encode(password)).param("id", staffId).update();
    }

    public boolean passwordMatches(long staffId, String password) {
        String hash = jdbc.sql("SELECT password_hash FROM staff_user WHERE id = :id").param("id", staffId)
                .query(String.class).optional().orElse(null);
        return hash != null && password != null && encoder.matches(password, hash);
    }

    /** The authenticator secret (base32), if they set one up. */
    public Optional<String> totpSecret(long staffId) {
        return jdbc.sql("SELECT totp_secret FROM staff_user WHERE id = :id AND totp_secret IS NOT NULL")
                .param("id", staffId).query(byte[].class).optional()
                .map(secret -> encryption.decrypt(secret, ref(staffId)));
    }

    public void setTotpSecret(long staffId, String base32Secret) {
        jdbc.sql("UPDATE staff_user SET totp_secret = :secret, totp_last_step = NULL WHERE id = :id")
                .param("secret", encryption.encrypt(base32Secret, ref(staffId))).param("id", staffId).update();
    }

    public void removeTotp(long staffId) {
        jdbc.sql("UPDATE staff_user SET totp_secret = NULL, totp_last_step = NULL WHERE id = :id").param("id", staffId)
                .update();
    }

    /**
     * Records that a sign-in used this authenticator time step; false when this or a later
     * step was used before (a replayed code). Atomic, so two sign-ins racing with one code
     * cannot both win.
     */
    boolean useTotpStep(long staffId, long step) {
        return jdbc.sql("""
                UPDATE staff_user SET totp_last_step = :step
                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)""")
                .param("step", step).param("id", staffId).update() == 1;
    }

    /** False for an account that is turned off or gone. */
    boolean isEnabled(long staffId) {
        return jdbc.sql("SELECT enabled FROM staff_user WHERE id = :id").param("id", staffId).query(Boolean.class)
                .optional().orElse(false);
    }

    public void unlock(long staffId) {
        jdbc.sql("UPDATE staff_user SET failed_logins = 0, locked_until = NULL WHERE id = :id").param("id", staffId)
                .update();
    }

    /**
     * Counts a failed sign-in for this email, if it is an account; locks it for
     * {@code lockout} once {@code max} failures in a row are reached. Returns the account's
     * id when this failure locked it.
     */
    Optional<Long> countFailure(String email, int max, Duration lockout) {
        Instant until = clock.instant().plus(lockout);
        return jdbc.sql("""
                UPDATE staff_user
                SET failed_logins = failed_logins + 1,
                    locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END
                WHERE lower(email) = lower(:email)
                RETURNING id, failed_logins""")
                .param("max", max).param("until", Timestamp.from(until)).param("email", email.strip())
                .query((row, n) -> new long[] {row.getLong("id"), row.getInt("failed_logins")})
                .optional()
                .filter(account -> account[1] == max)
                .map(account -> account[0]);
    }

    void resetFailures(long staffId) {
        jdbc.sql("UPDATE staff_user SET failed_logins = 0 WHERE id = :id AND failed_logins > 0").param("id", staffId)
                .update();
    }

    private static FieldRef ref(long staffId) {
        return new FieldRef("staff_user", "totp_secret", staffId);
    }
}
