package org.peerpartners.companion.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.program.Program;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class ActivityTests {

    @Autowired ActivityRepository activities;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Program program;
    Activity artClass;
    Activity bowling;

    @BeforeEach
    void setUp() {
        program = new Fixtures(aggregates, clock).program();
        artClass = activities.save(Activity.create(program.id(), "Free art class", "Drawing for beginners",
                BigDecimal.ZERO, "Queens Library", "Tuesdays 3 pm", List.of("art", "quiet")));
        bowling = activities.save(Activity.create(program.id(), "Bowling night", null, new BigDecimal("12.50"),
                "Jackson Heights Lanes", "Fridays 7 pm", List.of("sport", "games")));
    }

    @Test
    void keepsInterestsAsATextArray() {
        var loaded = activities.findById(artClass.id()).orElseThrow();

        assertThat(loaded.interests()).containsExactly("art", "quiet");
        assertThat(loaded.isFree()).isTrue();
        assertThat(activities.findById(bowling.id()).orElseThrow().cost()).isEqualByComparingTo("12.50");
    }

    @Test
    void findsActivitiesByInterest() {
        assertThat(activities.findActiveByInterest(program.id(), "games")).extracting(Activity::id)
                .containsExactly(bowling.id());
        assertThat(activities.findActiveByInterest(program.id(), "gardening")).isEmpty();
    }

    @Test
    void retiredActivitiesLeaveTheCatalogue() {
        activities.save(bowling.retire());

        assertThat(activities.findByProgramIdAndActiveTrueOrderByName(program.id())).extracting(Activity::id)
                .containsExactly(artClass.id());
        assertThat(activities.findActiveByInterest(program.id(), "sport")).isEmpty();
        assertThat(activities.findByProgramIdAndActiveFalseOrderByName(program.id())).extracting(Activity::id)
                .containsExactly(bowling.id());
    }

    @Test
    void findsWhatFitsWhatIsLeftOfABudget() {
        assertThat(activities.findByProgramIdAndActiveTrueAndCostLessThanEqualOrderByCostAscNameAsc(program.id(),
                new BigDecimal("10"))).extracting(Activity::id).containsExactly(artClass.id());
        assertThat(activities.findByProgramIdAndActiveTrueAndCostLessThanEqualOrderByCostAscNameAsc(program.id(),
                new BigDecimal("12.50"))).extracting(Activity::id).containsExactly(artClass.id(), bowling.id());
    }
}
