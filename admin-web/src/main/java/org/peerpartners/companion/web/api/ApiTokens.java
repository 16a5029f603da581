package org.peerpartners.companion.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.validation.Checks;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks API bearer tokens. A token is 32 random bytes
 * (256 bits, base64url, prefixed {@code ppc_} so leaked ones are easy to spot); only its
 * SHA-256 is stored, so the database never holds a usable token and looking one up by hash
 * leaks nothing through timing. Tokens are never logged.
 */
@Component
class ApiTokens {

    static final String PREFIX = "ppc_";

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The token as shown once to the administrator who issued it. */
    record IssuedToken(long id, String token, long staffId, String name, Role role) {
    }

    /** A token as listed: never the token itself. */
    record TokenInfo(long id, long staffId, String staffName, String staffEmail, String name, Role role,
            Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /**
     * Issues a token for a staff member of the administrator's program, for a role no
     * higher than the staff member's own.
     *
     * @throws InvalidInput naming {@code staffId}, {@code name} or {@code role}
     */
    @Transactional
    IssuedToken issue(Long staffId, String name, String role, Actor admin) {
        Checks checks = new Checks();
        String tokenName = checks.required("name", name, 100);
        Role tokenRole = checks.present("role", checks.oneOf("role", role, Role.class));
        checks.present("staffId", staffId);
        Optional<Role> staffRole = staffId == null ? Optional.empty() : jdbc.sql("""
                SELECT role FROM staff_user WHERE id = :id AND program_id = :program AND enabled""")
                .param("id", staffId).param("program", admin.programId())
                .query((rs, n) -> Role.valueOf(rs.getString("role"))).optional();
        if (staffId != null && staffRole.isEmpty()) {
            checks.add("staffId", "unknown_staff", "must be an active staff member of this program");
        }
        if (tokenRole != null && staffRole.isPresent() && rank(tokenRole) > rank(staffRole.get())) {
            checks.add("role", "above_staff_role", "must not be above the staff member's own role");
        }
        checks.throwIfAny();
        return store(staffId, tokenName, tokenRole, newToken(), admin);
    }

    /**
     * Makes sure a token with exactly this value exists for the program's first administrator
     * (the bootstrap token from the environment); does nothing when it already does.
     *
     * @return true when a token was created
     */
    @Transactional
    boolean provision(String token) {
        String hash = hash(token);
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM api_token WHERE token_hash = :hash)").param("hash", hash)
                .query(Boolean.class).single()) {
            return false;
        }
        Optional<Actor> admin = jdbc.sql("""
                SELECT id, program_id, display_name FROM staff_user WHERE role = 'ADMIN' AND enabled
                ORDER BY program_id, id LIMIT 1""")
                .query((rs, n) -> new Actor(rs.getLong("id"), rs.getLong("program_id"), rs.getString("display_name"),
                        Role.ADMIN))
                .optional();
        if (admin.isEmpty()) {
            throw new IllegalStateException("The API bootstrap token needs an enabled administrator to belong to");
        }
        Actor system = new Actor(admin.get().staffId(), admin.get().programId(), "bootstrap", Role.ADMIN);
        store(admin.get().staffId(), "bootstrap (COMPANION_API_BOOTSTRAP_TOKEN)", Role.ADMIN, token, system);
        return true;
    }

    List<TokenInfo> list(long programId) {
        return jdbc.sql("""
                SELECT t.id, t.staff_user_id, s.display_name, s.email, t.name, t.role, t.created_at, t.last_used_at,
                       t.revoked_at
                FROM api_token t JOIN staff_user s ON s.id = t.staff_user_id
                WHERE s.program_id = :program
                ORDER BY t.revoked_at IS NOT NULL, t.created_at DESC, t.id DESC""")
                .param("program", programId)
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getLong("staff_user_id"),
                        rs.getString("display_name"), rs.getString("email"), rs.getString("name"),
                        Role.valueOf(rs.getString("role")), instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .list();
    }

    /** Revokes a token of the administrator's program; false when there is no such token. */
    @Transactional
    boolean revoke(long tokenId, Actor admin) {
        int changed = jdbc.sql("""
                UPDATE api_token t SET revoked_at = coalesce(t.revoked_at, :now)
                FROM staff_user s WHERE s.id = t.staff_user_id AND t.id = :id AND s.program_id = :program""")
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId)
                .param("program", admin.programId()).update();
        if (changed > 0) {
            audit.record(admin.staffId(), admin.name(), "REVOKE_API_TOKEN", "api_token", tokenId, null);
        }
        return changed > 0;
    }

    /**
     * The caller behind a presented token: an unrevoked token of an enabled staff member,
     * acting in the lower of the token's and the staff member's current roles (a demoted
     * owner's old admin token is no admin token any more). Marks the token used.
     */
    @Transactional
    Optional<ApiCaller> authenticate(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiCaller> caller = jdbc.sql("""
                SELECT t.id, s.id AS staff_id, s.program_id, s.email, s.display_name, t.role, s.role AS staff_role
                FROM api_token t JOIN staff_user s ON s.id = t.staff_user_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND s.enabled""")
                .param("hash", hash(presented))
                .query((rs, n) -> {
                    Role tokenRole = Role.valueOf(rs.getString("role"));
                    Role staffRole = Role.valueOf(rs.getString("staff_role"));
                    return new ApiCaller(rs.getLong("id"), rs.getLong("staff_id"), rs.getLong("program_id"),
                            rs.getString("email"), rs.getString("display_name"),
                            rank(tokenRole) <= rank(staffRole) ? tokenRole : staffRole, staffRole);
                })
                .optional();
        caller.ifPresent(c -> jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", c.tokenId()).update());
        return caller;
    }

    /** COACH 0, SUPERVISOR 1, ADMIN 2. */
    static int rank(Role role) {
        return switch (role) {
            case COACH -> 0;
            case SUPERVISOR -> 1;
            case ADMIN -> 2;
        };
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private IssuedToken store(long staffId, String name, Role role, String token, Actor actor) {
        long id = jdbc.sql("""
                INSERT INTO api_token (staff_user_id, name, token_hash, role, created_at)
                VALUES (:staff, :name, :hash, :role, :now) RETURNING id""")
                .param("staff", staffId).param("name", name).param("hash", hash(token)).param("role", role.name())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(actor.staffId(), actor.name(), "ISSUE_API_TOKEN", "api_token", id,
                role + " token for staff " + staffId);
        return new IssuedToken(id, token, staffId, name, role);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
