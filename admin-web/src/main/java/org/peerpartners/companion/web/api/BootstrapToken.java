package org.peerpartners.companion.web.api;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Provisions the bootstrap token from {@link ApiProperties#bootstrapToken()}: at startup,
 * and again the first time it is presented (on a fresh install the administrator may be
 * created after startup, e.g. by the demo data). Idempotent; a revoked bootstrap token stays
 * revoked, because provisioning only adds a token whose hash is not stored yet.
 */
@Component
class BootstrapToken {

    private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

    private final ApiProperties properties;
    private final ApiTokens tokens;

    BootstrapToken(ApiProperties properties, ApiTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    @EventListener(ApplicationReadyEvent.class)
    void provisionAtStartup() {
        if (properties.bootstrapToken() == null) {
            return;
        }
        try {
            if (tokens.provision(properties.bootstrapToken())) {
                log.info("Provisioned the API bootstrap token for the first administrator");
            }
        } catch (IllegalStateException e) {
            log.info("API bootstrap token not provisioned yet: {}", e.getMessage());
        }
    }

    /** True (after provisioning it) when {@code presented} is the configured bootstrap token. */
    boolean provisionIfBootstrap(String presented) {
        String expected = properties.bootstrapToken();
        if (expected == null || presented == null) {
            return false;
        }
        boolean matches = MessageDigest.isEqual(ApiTokens.hash(presented).getBytes(StandardCharsets.US_ASCII),
                ApiTokens.hash(expected).getBytes(StandardCharsets.US_ASCII));
        if (!matches) {
            return false;
        }
        try {
            tokens.provision(expected);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
