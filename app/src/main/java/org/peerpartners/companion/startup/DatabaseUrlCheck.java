package org.peerpartners.companion.startup;

import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses a {@code spring.datasource.url} for any database but PostgreSQL before anything
 * starts: the schema, the SKIP LOCKED queues and Quartz's delegate all need PostgreSQL.
 * Registered in {@code META-INF/spring.factories}.
 */
class DatabaseUrlCheck implements EnvironmentPostProcessor {

    static final String PROPERTY = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty(PROPERTY, "").strip();
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            // Only the scheme is repeated: the rest of a URL may hold a password.
            var scheme = Pattern.compile("^[A-Za-z0-9]+:[A-Za-z0-9]*:?").matcher(url);
            throw new InvalidSettingException(PROPERTY, "only PostgreSQL is supported, but the URL starts with \""
                    + (scheme.find() ? scheme.group() : "(not a JDBC URL)") + "\"",
                    "a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org:5432/companion, or leave it unset"
                            + " to use the embedded database");
        }
    }
}
