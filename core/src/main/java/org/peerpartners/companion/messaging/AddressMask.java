package org.peerpartners.companion.messaging;

/** Channel addresses as they may appear in logs: phone numbers and chat ids never in full. */
public final class AddressMask {

    private AddressMask() {
    }

    /** Keeps the last two characters: {@code +15551234567} becomes {@code ***67}. */
    public static String mask(String address) {
        if (address == null || address.isEmpty()) {
            return "***";
        }
        return "***" + address.substring(Math.max(0, address.length() - 2));
    }
}
