package org.peerpartners.companion.messaging;

/**
 * Counts the SMS segments a text costs, the way carriers split it. A text that fits GSM-7
 * (the default alphabet, with the extension table's characters costing two septets)
 * takes 160 septets in one segment, else 153 per segment (7 go to the concatenation
 * header). Any other character switches the whole text to UCS-2: 70 UTF-16 units in one
 * segment, else 67 per segment. An escape pair or a surrogate pair is never split across
 * two segments. See 3GPP TS 23.038 and https://www.twilio.com/docs/glossary/what-sms-character-limit
 */
public final class SmsSegments {

    /** The GSM 03.38 default alphabet (the escape code 0x1B left out). */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: each costs an escape plus the character, two septets. */
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private SmsSegments() {
    }

    /** The encoding a text needs. */
    public enum Encoding {
        GSM_7,
        UCS_2
    }

    /** How a text is sent: its encoding, its length in septets or UTF-16 units, and segments. */
    public record Count(Encoding encoding, int units, int segments) {
    }

    /** The number of segments the text costs; an empty text still costs one. */
    public static int segments(String text) {
        return count(text).segments();
    }

    public static Count count(String text) {
        if (isGsm7(text)) {
            int[] costs = text.chars().map(c -> GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1).toArray();
            return split(Encoding.GSM_7, costs, 160, 153);
        }
        int[] costs = text.codePoints().map(Character::charCount).toArray();
        return split(Encoding.UCS_2, costs, 70, 67);
    }

    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    private static Count split(Encoding encoding, int[] costs, int single, int perPart) {
        int total = 0;
        for (int cost : costs) {
            total += cost;
        }
        if (total <= single) {
            return new Count(encoding, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int cost : costs) {
            if (used + cost > perPart) {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return new Count(encoding, total, segments);
    }
}
