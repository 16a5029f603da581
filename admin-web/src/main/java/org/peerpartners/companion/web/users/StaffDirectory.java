package org.peerpartners.companion.web.users;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.peerpartners.companion.web.security.StaffRole;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff of one program, for the administrators' users page. */
@Component
class StaffDirectory {

    record Staff(long id, String email, String displayName, StaffRole role, Long supervisorId, String supervisorName,
            String language, String timeZone, boolean enabled, boolean locked, int failedLogins, boolean totp,
            boolean hasPassword) {
    }

    record NewStaff(String email, String displayName, StaffRole role, Long supervisorId, String language,
            String timeZone) {
    }

    private static final String SELECT = """
            SELECT s.id, s.email, s.display_name, s.role, s.supervisor_id, sup.display_name AS supervisor_name,
                   s.language, s.time_zone, s.enabled, s.locked_until, s.failed_logins,
                   s.totp_secret IS NOT NULL AS totp, s.password_hash IS NOT NULL AS has_password
            FROM staff_user s LEFT JOIN staff_user sup ON sup.id = s.supervisor_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Staff> all(long programId) {
        return jdbc.sql(SELECT + " WHERE s.program_id = :program ORDER BY s.role, lower(s.display_name)")
                .param("program", programId).query(mapper()).list();
    }

    Optional<Staff> find(long programId, long staffId) {
        return jdbc.sql(SELECT + " WHERE s.program_id = :program AND s.id = :id")
                .param("program", programId).param("id", staffId).query(mapper()).optional();
    }

    /** Supervisors of the program, who may be given coaches. */
    List<Staff> supervisors(long programId) {
        return all(programId).stream().filter(s -> s.role() == StaffRole.SUPERVISOR && s.enabled()).toList();
    }

    boolean isSupervisor(long programId, Long staffId) {
        return staffId != null && find(programId, staffId).filter(s -> s.role() == StaffRole.SUPERVISOR).isPresent();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_user WHERE lower(email) = lower(:email))")
                .param("email", email.strip()).query(Boolean.class).single();
    }

    long create(long programId, NewStaff staff) {
        return jdbc.sql("""
                INSERT INTO staff_user (program_id, email, display_name, role, supervisor_id, language, time_zone)
                VALUES (:program, :email, :name, :role, :supervisor, :language, :zone) RETURNING id""")
                .param("program", programId).param("email", staff.email().strip()).param("name", staff.displayName().strip())
                .param("role", staff.role().name()).param("supervisor", staff.supervisorId())
                .param("language", staff.language()).param("zone", staff.timeZone())
                .query(Long.class).single();
    }

    void changeRole(long staffId, StaffRole role, Long supervisorId) {
        jdbc.sql("UPDATE staff_user SET role = :role, supervisor_id = :supervisor WHERE id = :id")
                .param("role", role.name()).param("supervisor", supervisorId).param("id", staffId).update();
    }

    void setEnabled(long staffId, boolean enabled) {
        jdbc.sql("UPDATE staff_user SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled).param("id", staffId).update();
    }

    private RowMapper<Staff> mapper() {
        return (row, n) -> {
            OffsetDateTime lockedUntil = row.getObject("locked_until", OffsetDateTime.class);
            Long supervisor = row.getObject("supervisor_id", Long.class);
            return new Staff(row.getLong("id"), row.getString("email"), row.getString("display_name"),
                    StaffRole.valueOf(row.getString("role")), supervisor,
                    row.getString("supervisor_name"), row.getString("language"), row.getString("time_zone"),
                    row.getBoolean("enabled"), lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()),
                    row.getInt("failed_logins"), row.getBoolean("totp"), row.getBoolean("has_password"));
        };
    }
}
