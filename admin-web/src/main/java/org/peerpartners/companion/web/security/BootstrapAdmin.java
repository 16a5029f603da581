package org.peerpartners.companion.web.security;

import java.time.ZoneId;
import java.util.List;

import org.peerpartners.companion.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a real deployment, which has no accounts (only demo mode
 * creates any). With {@code COMPANION_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code COMPANION_BOOTSTRAP_ADMIN_PASSWORD} set, start-up creates that administrator once,
 * in the program (created as {@code COMPANION_BOOTSTRAP_ADMIN_PROGRAM} if the database has
 * none); an existing account with that email is never changed. The password must pass the
 * password policy. Unset both after the first start.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Environment environment;
    private final JdbcClient jdbc;
    private final StaffCredentials credentials;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    BootstrapAdmin(Environment environment, JdbcClient jdbc, StaffCredentials credentials, PasswordPolicy policy,
            AuditLog audit) {
        this.environment = environment;
        this.jdbc = jdbc;
        this.credentials = credentials;
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String email = environment.getProperty("companion.bootstrap-admin.email", "").strip();
        String password = environment.getProperty("companion.bootstrap-admin.password", "");
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_user WHERE lower(email) = lower(?))").param(email)
                .query(Boolean.class).single()) {
            log.info("Bootstrap administrator {} already exists; nothing changed", email);
            return;
        }
        List<String> problems = policy.problems(password, email);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("COMPANION_BOOTSTRAP_ADMIN_PASSWORD does not meet the password policy: "
                    + problems + " (at least " + policy.minLength() + " characters, not a common password)");
        }
        ZoneId zone = ZoneId.of(environment.getProperty("companion.bootstrap-admin.time-zone", "UTC"));
        long program = jdbc.sql("SELECT id FROM program ORDER BY id LIMIT 1").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("INSERT INTO program (name, time_zone) VALUES (?, ?) RETURNING id")
                        .params(environment.getProperty("companion.bootstrap-admin.program", "Peer Partners"), zone.getId())
                        .query(Long.class).single());
        long id = jdbc.sql("""
                INSERT INTO staff_user (program_id, email, display_name, role, time_zone)
                VALUES (?, ?, 'Administrator', 'ADMIN', ?) RETURNING id""")
                .params(program, email, zone.getId()).query(Long.class).single();
        credentials.setPassword(id, password);
        audit.record(null, "system", "USER_CREATED", "staff_user", id, "bootstrap administrator from the environment");
        log.info("Bootstrap administrator {} created; unset COMPANION_BOOTSTRAP_ADMIN_PASSWORD now", email);
    }
}
