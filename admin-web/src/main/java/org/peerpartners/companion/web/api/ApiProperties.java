package org.peerpartners.companion.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * REST API settings.
 *
 * @param bootstrapToken {@code COMPANION_API_BOOTSTRAP_TOKEN}: when set, an ADMIN API token
 *                       with exactly this value is provisioned (once) for the program's first
 *                       administrator, so automation can call the API without a person issuing
 *                       a token first. At least 32 characters; never logged.
 */
@ConfigurationProperties("companion.api")
record ApiProperties(String bootstrapToken) {

    static final int MIN_BOOTSTRAP_LENGTH = 32;

    ApiProperties {
        if (bootstrapToken != null && bootstrapToken.isBlank()) {
            bootstrapToken = null;
        }
        if (bootstrapToken != null && bootstrapToken.strip().length() < MIN_BOOTSTRAP_LENGTH) {
            throw new IllegalArgumentException("companion.api.bootstrap-token must be at least "
                    + MIN_BOOTSTRAP_LENGTH + " characters (use a long random value)");
        }
        bootstrapToken = bootstrapToken == null ? null : bootstrapToken.strip();
    }

    @Override
    public String toString() {
        return "ApiProperties[bootstrapToken=" + (bootstrapToken == null ? "unset" : "set") + "]";
    }
}
