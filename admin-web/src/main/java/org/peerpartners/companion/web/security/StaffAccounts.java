package org.peerpartners.companion.web.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks staff up by email (case-insensitive) for the login form. A disabled account or one
 * locked until later is found but refused by Spring Security; an account with no password
 * yet cannot sign in with one.
 */
@Component
class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public StaffPrincipal loadUserByUsername(String email) {
        return jdbc.sql("""
                SELECT id, program_id, email, password_hash, display_name, role, time_zone, language, enabled, locked_until
                FROM staff_user WHERE lower(email) = lower(:email) AND password_hash IS NOT NULL""")
                .param("email", email.strip())
                .query((row, n) -> {
                    OffsetDateTime lockedUntil = row.getObject("locked_until", OffsetDateTime.class);
                    return new StaffPrincipal(row.getLong("id"), row.getLong("program_id"), row.getString("email"),
                            row.getString("password_hash"), row.getString("display_name"),
                            StaffRole.valueOf(row.getString("role")), ZoneId.of(row.getString("time_zone")),
                            Locale.forLanguageTag(row.getString("language")),
                            row.getBoolean("enabled"),
                            lockedUntil == null || !lockedUntil.toInstant().isAfter(clock.instant()));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No staff account with a password for that email"));
    }
}
