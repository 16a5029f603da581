package org.peerpartners.companion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default run: no database configured, so the app starts its own PostgreSQL with the
 * data under {@code companion.database.embedded.data-dir}. What was written before a
 * restart is there after it, and the demo is not loaded a second time.
 */
class EmbeddedRestartTests {

    @TempDir
    Path home;

    @Test
    void restartKeepsTheDataAndLoadsTheDemoOnlyOnce() {
        String note = "Ana wrote this before the restart";
        try (var first = start()) {
            var jdbc = first.getBean(JdbcClient.class);
            assertThat(count(jdbc, "SELECT count(*) FROM program")).as("demo on by default when embedded").isEqualTo(1);
            jdbc.sql("""
                    INSERT INTO journal_entry (participant_id, text, created_at)
                    SELECT id, ?, now() FROM participant WHERE first_name = 'Ana'""").param(note).update();
        }

        try (var second = start()) {
            var jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT text FROM journal_entry WHERE text = ?").param(note).query(String.class).list())
                    .containsExactly(note);
            assertThat(count(jdbc, "SELECT count(*) FROM program")).isEqualTo(1);
            assertThat(count(jdbc, "SELECT count(*) FROM participant WHERE first_name = 'Ana'")).isEqualTo(1);
        }
    }

    @Test
    void theEmbeddedDatabaseWritesDurablyBecauseAcceptedMeansKept() {
        try (var app = start()) {
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
        }
        assertThat(home.resolve("data/encryption-keyset.json")).exists();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CompanionApplication.class)
                .properties("companion.test.database=app",
                        "companion.database.embedded.data-dir=" + home.resolve("data/postgres"),
                        "companion.encryption.keyset-file=" + home.resolve("data/encryption-keyset.json"))
                .run("--server.port=0");
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
