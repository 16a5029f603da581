package org.peerpartners.companion.security;

/**
 * A stored value that does not decrypt: it was moved from another row or column, altered,
 * or encrypted under a key no longer in the keyset. Never a user error, so unchecked.
 */
public class FieldDecryptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldDecryptionException(FieldRef ref, Throwable cause) {
        super("Could not decrypt " + ref + ": moved from another row or column, altered, or its key was removed", cause);
    }
}
