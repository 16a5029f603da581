package org.peerpartners.companion.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts an in-process PostgreSQL when no external one is configured, so the app runs with
 * one command on a machine that has only a JDK. Data is kept under
 * {@code companion.database.embedded.data-dir}, so a restart keeps everything.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    static final String DATABASE = "companion";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Path workDir = dataDir.resolveSibling(dataDir.getFileName() + "-binaries");
        Files.createDirectories(dataDir);
        Files.createDirectories(workDir);
        log.info("No spring.datasource.url set: starting the embedded PostgreSQL with data in {}", dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setOverrideWorkingDirectory(workDir.toFile())
                .setCleanDataDirectory(false)
                .setPort(properties.port()) // 0: zonky picks a free port
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky starts PostgreSQL for throwaway test databases (fsync and synchronous
                // commit off). This one holds real data: a message acknowledged to a provider
                // must survive a power cut, so durability is switched back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        createDatabaseIfMissing(postgres);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setPoolName("companion-embedded");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + DATABASE);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new UncheckedIOException(new IOException("Could not create the embedded database", e));
        }
    }
}
