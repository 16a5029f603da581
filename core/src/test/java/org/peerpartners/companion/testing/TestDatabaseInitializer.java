package org.peerpartners.companion.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.peerpartners.companion.security.FieldEncryption;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives every Spring test context a fresh PostgreSQL database (and a field-encryption keyset,
 * which an app on a configured database requires): on one embedded server per
 * test JVM, or on the server named by {@code COMPANION_TEST_DB_URL} (a JDBC URL of a
 * database the user may {@code CREATE DATABASE} from; user and password from
 * {@code COMPANION_TEST_DB_USER} / {@code COMPANION_TEST_DB_PASSWORD}). Never H2, never mocks.
 * Registered in {@code META-INF/spring.factories} of the core test jar.
 *
 * <p>Opt-out: a test that must see the application's own database choice (for example the
 * embedded PostgreSQL with a data directory, to prove a restart keeps data) sets
 * {@code companion.test.database=app}; then nothing is added and a blank
 * {@code spring.datasource.url} means the app's embedded database.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger databases = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if ("app".equals(environment.getProperty("companion.test.database"))) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        if (environment.getProperty("spring.datasource.url", "").isBlank()) {
            properties.putAll(TestDatabases.create());
        }
        if (environment.getProperty("companion.encryption.keyset", "").isBlank()) {
            properties.put("companion.encryption.keyset", TestKeyset.JSON);
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("companionTestDatabase", properties));
        }
    }

    /**
     * One field-encryption keyset per test JVM. Test contexts always have a
     * {@code spring.datasource.url}, and the app refuses to start with one and no keyset.
     * A holder class, so tests that only need {@link TestDatabases} never generate it.
     */
    private static final class TestKeyset {
        static final String JSON = FieldEncryption.generateKeysetJson();
    }

    /** Creates fresh databases for tests; usable without Spring too. */
    public static final class TestDatabases {

        private static EmbeddedPostgres embedded;

        private TestDatabases() {
        }

        /** Creates a new, empty database and returns the Spring properties that point at it. */
        public static synchronized Map<String, Object> create() {
            String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
            String externalUrl = System.getenv("COMPANION_TEST_DB_URL");
            String url;
            String user;
            String password;
            if (externalUrl != null && !externalUrl.isBlank()) {
                user = System.getenv().getOrDefault("COMPANION_TEST_DB_USER", "postgres");
                password = System.getenv().getOrDefault("COMPANION_TEST_DB_PASSWORD", "");
                execute(externalUrl, user, password, "CREATE DATABASE " + name);
                url = externalUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
            } else {
                EmbeddedPostgres server = embedded();
                user = "postgres";
                password = "";
                execute(server.getJdbcUrl("postgres", "postgres"), user, password, "CREATE DATABASE " + name);
                url = server.getJdbcUrl("postgres", name);
            }
            return Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", user,
                    "spring.datasource.password", password,
                    "spring.datasource.hikari.maximum-pool-size", "8",
                    "spring.test.database.replace", "none");
        }

        private static EmbeddedPostgres embedded() {
            if (embedded == null) {
                try {
                    var dir = Files.createTempDirectory("companion-test-pg");
                    embedded = EmbeddedPostgres.builder()
                            .setOverrideWorkingDirectory(dir.toFile())
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off")
                            .setServerConfig("max_connections", "300")
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
                }
                EmbeddedPostgres server = embedded;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the temp directory goes with the next reboot
                    }
                }));
            }
            return embedded;
        }

        private static void execute(String url, String user, String password, String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 var statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare the test database: " + e.getMessage(), e);
            }
        }
    }
}
