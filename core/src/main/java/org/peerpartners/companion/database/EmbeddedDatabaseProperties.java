package org.peerpartners.companion.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the database files live; kept across restarts
 * @param port the port to listen on (loopback only); 0 picks a free one
 */
@Validated
@ConfigurationProperties("companion.database.embedded")
public record EmbeddedDatabaseProperties(
        @NotNull @DefaultValue("./data/postgres") Path dataDir,
        @Min(0) @Max(65535) @DefaultValue("0") int port) {
}
