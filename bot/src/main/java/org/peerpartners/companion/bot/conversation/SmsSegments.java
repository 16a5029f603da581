package org.peerpartners.companion.bot.conversation;

/**
 * Counts SMS segments as carriers do (3GPP TS 23.038). A text made only of GSM-7
 * characters costs one septet a character, two for the extension table ({@code ^ { } \ [ ] ~ | €});
 * it fits 160 septets in one segment, 153 a segment when split. Any other character
 * (curly quotes, emoji, á í ó ú) switches the whole text to UCS-2: 70 UTF-16 units in one
 * segment, 67 a segment when split. Segment-boundary effects (an escape pair or a
 * surrogate pair not split across segments) can add one unit per boundary and are ignored.
 */
public final class SmsSegments {

    private static final String BASIC = "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
            + "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u00c6\u00e6\u00df\u00c9"
            + " !\"#\u00a4%&'()*+,-./0123456789:;<=>?"
            + "\u00a1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
            + "\u00bfabcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0";
    private static final String EXTENSION = "\f^{}\\[~]|\u20ac";

    private SmsSegments() {
    }

    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    /** Septets of a GSM-7 text (extension characters count two). */
    public static int septets(String text) {
        return text.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
    }

    public static int segments(String text) {
        if (isGsm7(text)) {
            int septets = septets(text);
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
