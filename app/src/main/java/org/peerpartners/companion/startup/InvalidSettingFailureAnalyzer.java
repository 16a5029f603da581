package org.peerpartners.companion.startup;

import java.util.Locale;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Names the property and what it should be, instead of a stack trace. */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis("Invalid setting " + cause.getMessage(),
                "Set " + cause.property() + " (environment variable " + environmentName(cause.property()) + ") to "
                        + cause.expected() + ".",
                cause);
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }
}
