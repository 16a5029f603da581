package org.peerpartners.companion.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.TestDatabaseInitializer.TestDatabases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class MigrationTests {

    private static DriverManagerDataSource freshDatabase() {
        var properties = TestDatabases.create();
        return new DriverManagerDataSource(
                (String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"));
    }

    @Test
    void migratesAnEmptyDatabaseToTheWholeSchema() {
        var dataSource = freshDatabase();
        var result = Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(result.success).isTrue();
        var tables = JdbcClient.create(dataSource)
                .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class).list();
        assertThat(tables).contains("program", "staff_user", "peer_group", "meeting_series", "meeting",
                "participant", "invite_code", "channel_identity", "consent_event", "goal", "action_plan",
                "plan_item", "check_in", "budget_allocation", "spending_entry", "buddy_set", "journal_entry",
                "inbound_message", "outbound_message", "due_message", "conversation_state", "safety_alert",
                "interview", "satisfaction_response", "audit_log", "qrtz_job_details", "qrtz_triggers",
                "qrtz_locks", "qrtz_scheduler_state");
    }

    @Test
    void satisfactionResponsesCannotReferToAParticipant() {
        var dataSource = freshDatabase();
        Flyway.configure().dataSource(dataSource).load().migrate();

        var columns = JdbcClient.create(dataSource)
                .sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'satisfaction_response'")
                .query(String.class).list();
        assertThat(columns).noneMatch(column -> column.contains("participant"));
    }

    @Test
    void auditLogAndConsentLedgerAreAppendOnly() {
        var dataSource = freshDatabase();
        Flyway.configure().dataSource(dataSource).load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, target_type) VALUES (?, 'Coach Carmen', 'VIEW', 'interview')")
                .param(java.sql.Timestamp.from(Instant.parse("2026-11-23T10:00:00Z"))).update();

        jdbc.sql("""
                INSERT INTO consent_event (channel, address, kind, source, evidence, occurred_at)
                VALUES ('SMS', '+15550100', 'OPT_IN', 'JOIN', 'inbound message 1', now())""").update();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM consent_event").update())
                .hasMessageContaining("append-only");
    }
}
