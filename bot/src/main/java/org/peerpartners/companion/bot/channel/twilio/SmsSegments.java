package org.peerpartners.companion.bot.channel.twilio;

/**
 * How many SMS segments a text takes, for when Twilio's answer does not say
 * (https://www.twilio.com/docs/glossary/what-sms-character-limit): GSM-7 texts take 160
 * characters in one segment or 153 per segment when split; anything outside GSM-7 makes
 * the whole text UCS-2, 70 or 67 per segment.
 */
final class SmsSegments {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    static int count(String text) {
        int septets = 0;
        boolean gsm = true;
        for (int i = 0; i < text.length() && gsm; i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (GSM_EXTENDED.indexOf(c) >= 0) {
                septets += 2;
            } else {
                gsm = false;
            }
        }
        if (gsm) {
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length(); // UTF-16 code units, as UCS-2 counts them
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
