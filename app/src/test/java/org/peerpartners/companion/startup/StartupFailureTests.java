package org.peerpartners.companion.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.TestDatabaseInitializer.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.peerpartners.companion.CompanionApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A bad setting stops start-up with a message that names the property and says what it
 * should be. None of these gets as far as starting a database.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

    @TempDir
    Path dataDir;

    @Test
    void demoSwitchMustBeTrueOrFalse(CapturedOutput output) {
        assertStartFails(output, "companion.demo.enabled=sometimes");

        assertThat(output).contains("companion.demo.enabled").contains("sometimes").contains("Invalid boolean value");
    }

    @Test
    void demoTimeZoneMustBeATimeZone(CapturedOutput output) {
        assertStartFails(output, "companion.demo.time-zone=Mars/Olympus_Mons");

        assertThat(output).contains("companion.demo.time-zone").contains("Mars/Olympus_Mons").contains("Unknown time-zone");
    }

    @Test
    void embeddedDatabasePortCannotBeNegative(CapturedOutput output) {
        assertStartFails(output, "companion.database.embedded.port=-5");

        assertThat(output).contains("companion.database.embedded.port").contains("-5")
                .contains("must be greater than or equal to 0");
    }

    @Test
    void onlyPostgresqlIsAccepted(CapturedOutput output) {
        assertStartFails(output, "spring.datasource.url=jdbc:mysql://db.example.org/companion?password=secret");

        assertThat(output).contains("spring.datasource.url").contains("only PostgreSQL is supported")
                .contains("jdbc:mysql:").contains("SPRING_DATASOURCE_URL").contains("jdbc:postgresql://")
                .doesNotContain("password=secret");
    }

    @Test
    void unreachableDatabaseIsNamed(CapturedOutput output) {
        // Port 1 on the loopback: nothing listens, the connection is refused at once.
        assertStartFails(output, "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/companion?password=secret");

        assertThat(output).contains("Could not connect to the database at spring.datasource.url=jdbc:postgresql://127.0.0.1:1/companion")
                .contains("SPRING_DATASOURCE_URL").doesNotContain("password=secret");
    }

    @Test
    void externalDatabaseNeedsAnEncryptionKeyset(CapturedOutput output) {
        var database = TestDatabases.create();
        var app = new SpringApplicationBuilder(CompanionApplication.class).properties(
                "companion.test.database=app",
                "spring.datasource.url=" + database.get("spring.datasource.url"),
                "spring.datasource.username=" + database.get("spring.datasource.username"));

        assertThatThrownBy(() -> app.run("--server.port=0")).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START").contains("COMPANION_ENCRYPTION_KEYSET")
                .contains("required with an external database");
    }

    private void assertStartFails(CapturedOutput output, String badSetting) {
        var app = new SpringApplicationBuilder(CompanionApplication.class).properties(
                "companion.test.database=app",
                "companion.database.embedded.data-dir=" + dataDir.resolve("postgres"),
                badSetting);
        assertThatThrownBy(() -> app.run("--server.port=0")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START");
        assertThat(dataDir.resolve("postgres")).as("no database was started").doesNotExist();
    }
}
