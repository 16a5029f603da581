package org.peerpartners.companion.startup;

import org.peerpartners.companion.security.InvalidKeysetException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A missing or unusable field-encryption keyset is a setting to fix, not a crash: say so
 * without a stack trace. The exception's message never contains key material.
 */
class KeysetFailureAnalyzer extends AbstractFailureAnalyzer<InvalidKeysetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidKeysetException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set COMPANION_ENCRYPTION_KEYSET (companion.encryption.keyset) to the program's keyset; "
                        + "see docs/operations.md.",
                null);
    }
}
