package org.peerpartners.companion.summary;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import org.peerpartners.companion.messaging.SmsSegments;

/**
 * The coach's short "your summary is ready" message, in their language, never longer than
 * {@link #MAX_SEGMENTS} SMS segments: when the full text (with the group's name) would be
 * longer, the short one with just the link is sent instead.
 */
public final class CoachNotice {

    public static final int MAX_SEGMENTS = 2;

    private CoachNotice() {
    }

    public static String text(PreGroupSummary summary, String link, Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.peerpartners.companion.summary.notice", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String when = DateTimeFormatter.ofPattern(bundle.getString("notice.time"), language)
                .format(summary.meetingStartsAt().atZone(ZoneId.of(summary.timeZone())));
        int alerts = summary.participants().stream().mapToInt(p -> p.safetyAlerts().size()).sum();
        String full = new MessageFormat(bundle.getString("notice.full"), language).format(new Object[] {
                summary.groupName(), when, String.valueOf(summary.participants().size()),
                String.valueOf(summary.group().quiet().size()), String.valueOf(alerts), link});
        if (SmsSegments.segments(full) <= MAX_SEGMENTS) {
            return full;
        }
        return new MessageFormat(bundle.getString("notice.short"), language).format(new Object[] {link});
    }
}
