package org.peerpartners.companion.demo;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The demo program loaded into an empty database so a first run has something to show.
 *
 * <p>{@code companion.demo.enabled} (env {@code COMPANION_DEMO_ENABLED}) has no fixed
 * default: left unset, the demo is on when the embedded database is used (no
 * {@code spring.datasource.url}) and off when an external PostgreSQL is configured, so a
 * real deployment never gets sample people by accident. Set it to {@code true} or
 * {@code false} to decide explicitly. Either way the demo is only written into a database
 * with no program in it.
 *
 * @param enabled {@code true}, {@code false}, or unset for "on with the embedded database only"
 * @param timeZone home time zone of the demo program, its staff and its English-speaking
 *        group (the Spanish-speaking group is always in America/Chicago)
 */
@Validated
@ConfigurationProperties("companion.demo")
public record DemoProperties(
        Boolean enabled,
        @NotNull @DefaultValue("America/New_York") ZoneId timeZone) {

    /** Whether the demo applies in this environment, resolving the unset default. */
    public boolean isOn(Environment environment) {
        if (enabled != null) {
            return enabled;
        }
        return environment.getProperty("spring.datasource.url", "").isBlank();
    }
}
