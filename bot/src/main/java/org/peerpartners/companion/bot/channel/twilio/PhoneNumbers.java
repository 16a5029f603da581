package org.peerpartners.companion.bot.channel.twilio;

/** Phone numbers in logs show only their last two digits. */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    static String masked(String number) {
        if (number == null || number.isBlank()) {
            return "(none)";
        }
        if (number.startsWith("MG")) {
            return number; // a Messaging Service SID names no person
        }
        if (number.length() <= 2) {
            return "**";
        }
        return "*".repeat(number.length() - 2) + number.substring(number.length() - 2);
    }
}
