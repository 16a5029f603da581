package org.peerpartners.companion.summary;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A summary as stored in {@code meeting_summary.content}. Properties in a fixed
 * (alphabetical) order, so the same summary always gives the same text.
 */
public final class SummaryJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SummaryJson() {
    }

    public static String write(PreGroupSummary summary) {
        return JSON.writeValueAsString(summary);
    }

    public static PreGroupSummary read(String json) {
        return JSON.readValue(json, PreGroupSummary.class);
    }
}
