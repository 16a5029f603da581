package org.peerpartners.companion.security;

/**
 * A keyset that cannot be used for field encryption. The message says what is wrong and
 * never contains the keyset: no cause is attached, because parser messages may quote it.
 */
public class InvalidKeysetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidKeysetException(String message) {
        super(message);
    }
}
