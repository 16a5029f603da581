package org.peerpartners.companion.startup;

/**
 * A setting that cannot work, found before anything started. Turned into a readable
 * start-up failure by {@link InvalidSettingFailureAnalyzer}.
 *
 * @see InvalidSettingFailureAnalyzer
 */
public class InvalidSettingException extends RuntimeException {

    private final String property;
    private final String expected;

    public InvalidSettingException(String property, String problem, String expected) {
        super(property + ": " + problem);
        this.property = property;
        this.expected = expected;
    }

    public String property() {
        return property;
    }

    public String expected() {
        return expected;
    }
}
