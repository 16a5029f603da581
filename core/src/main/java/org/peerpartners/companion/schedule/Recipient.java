package org.peerpartners.companion.schedule;

import java.util.Objects;
import java.time.ZoneId;

import org.peerpartners.companion.participant.QuietHours;

/** Who a scheduled message goes to, as far as timing goes: their zone and quiet hours. */
public record Recipient(long participantId, ZoneId zone, QuietHours quietHours) {

    public Recipient {
        Objects.requireNonNull(zone, "zone");
        quietHours = quietHours == null ? QuietHours.DEFAULT : quietHours;
    }
}
