package org.peerpartners.companion.summary;

import java.math.BigDecimal;

import org.peerpartners.companion.summary.PreGroupSummary.Trend;

/** Which way a rating went: a change of half a point or more counts, less is "the same". */
final class Trends {

    private static final BigDecimal STEP = new BigDecimal("0.5");

    private Trends() {
    }

    static Trend of(BigDecimal previous, BigDecimal current) {
        if (previous == null && current == null) {
            return Trend.NONE;
        }
        if (previous == null || current == null) {
            return new Trend(previous, current, "NONE");
        }
        BigDecimal change = current.subtract(previous);
        String direction = change.compareTo(STEP) >= 0 ? "UP" : change.compareTo(STEP.negate()) <= 0 ? "DOWN" : "SAME";
        return new Trend(previous, current, direction);
    }
}
