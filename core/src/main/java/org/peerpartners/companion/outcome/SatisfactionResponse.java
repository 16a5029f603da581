package org.peerpartners.companion.outcome;

import java.time.LocalDate;

import org.peerpartners.companion.database.Json;
import org.springframework.data.annotation.Id;

/**
 * An anonymous satisfaction survey answer. Deliberately no participant reference and only
 * the day (not the time) it was given, so an answer cannot be traced back to a person;
 * reports suppress small counts.
 *
 * @param overall the overall rating, 1–5
 * @param answers the other answers by question key, e.g. {@code {"wouldRecommend": 5}}
 */
public record SatisfactionResponse(
        @Id Long id,
        Long programId,
        Long groupId,
        LocalDate submittedOn,
        int overall,
        Json answers) {

    public static SatisfactionResponse of(Long programId, Long groupId, LocalDate submittedOn, int overall,
            Json answers) {
        return new SatisfactionResponse(null, programId, groupId, submittedOn, overall, answers);
    }
}
