package org.peerpartners.companion.activity;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * A low- or no-cost community activity in the program's catalogue (a free art class at the
 * library, a walking club), tagged with interests so the coach can suggest it.
 */
public record Activity(
        @Id Long id,
        Long programId,
        String name,
        String description,
        BigDecimal cost,
        String place,
        String schedule,
        List<String> interests,
        boolean active) {

    public Activity {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    public static Activity create(Long programId, String name, String description, BigDecimal cost, String place,
            String schedule, List<String> interests) {
        return new Activity(null, programId, name, description, cost, place, schedule, interests, true);
    }

    public Activity retire() {
        return new Activity(id, programId, name, description, cost, place, schedule, interests, false);
    }

    public boolean isFree() {
        return cost.signum() == 0;
    }
}
