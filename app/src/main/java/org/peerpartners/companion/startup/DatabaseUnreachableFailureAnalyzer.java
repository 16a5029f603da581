package org.peerpartners.companion.startup;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains a start-up that failed because the configured PostgreSQL could not be reached,
 * refused the login, or lacks the database: names the properties to check instead of
 * leaving a driver stack trace. The URL is shown without its query string, which may hold
 * a password.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String url = environment.getProperty("spring.datasource.url", "");
        String where = url.isBlank() ? "the embedded PostgreSQL" : "spring.datasource.url=" + url.replaceFirst("\\?.*", "");
        if (state.startsWith("08")) {
            return new FailureAnalysis("Could not connect to the database at " + where + ": " + cause.getMessage(),
                    "Check that PostgreSQL is running and reachable at spring.datasource.url (SPRING_DATASOURCE_URL),"
                            + " expected as jdbc:postgresql://host:port/database; or leave it unset to use the"
                            + " embedded database.", cause);
        }
        if (state.startsWith("28")) {
            return new FailureAnalysis("The database at " + where + " refused the login: " + cause.getMessage(),
                    "Set spring.datasource.username and spring.datasource.password (SPRING_DATASOURCE_USERNAME,"
                            + " SPRING_DATASOURCE_PASSWORD) to a PostgreSQL user that may use this database.", cause);
        }
        if (state.equals("3D000")) {
            return new FailureAnalysis("The database named in " + where + " does not exist: " + cause.getMessage(),
                    "Create it (CREATE DATABASE ...) or point spring.datasource.url at an existing database.", cause);
        }
        return null;
    }
}
