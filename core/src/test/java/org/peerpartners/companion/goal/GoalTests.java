package org.peerpartners.companion.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@CoreDataTest
class GoalTests {

    @Autowired GoalHistory history;
    @Autowired GoalRepository goals;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void setsAPrimaryAndASecondaryGoal() {
        var ana = world.ana().id();
        history.set(ana, GoalKind.SECONDARY, "Go out once a week");
        history.set(ana, GoalKind.PRIMARY, "I want one friend");

        assertThat(history.current(ana)).extracting(Goal::kind, Goal::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GoalKind.PRIMARY, "I want one friend"),
                org.assertj.core.groups.Tuple.tuple(GoalKind.SECONDARY, "Go out once a week"));
    }

    @Test
    void replacingAGoalKeepsTheOldOneLinkedToItsSuccessor() {
        var ana = world.ana().id();
        var first = history.set(ana, GoalKind.PRIMARY, "I want one friend");

        var second = history.set(ana, GoalKind.PRIMARY, "Have coffee with a friend every week");

        var old = goals.findById(first.id()).orElseThrow();
        assertThat(old.isCurrent()).isFalse();
        assertThat(old.replacedAt()).isEqualTo(clock.instant());
        assertThat(old.replacedById()).isEqualTo(second.id());
        assertThat(history.current(ana)).extracting(Goal::id).containsExactly(second.id());
        assertThat(history.history(ana)).extracting(Goal::id).containsExactly(first.id(), second.id());
    }

    @Test
    void keepsEachParticipantsGoalsApart() {
        history.set(world.ana().id(), GoalKind.PRIMARY, "I want one friend");
        history.set(world.ben().id(), GoalKind.PRIMARY, "Quiero ir al club de ajedrez");

        assertThat(history.current(world.ben().id())).extracting(Goal::text)
                .containsExactly("Quiero ir al club de ajedrez");
    }

    @Test
    void refusesTwoCurrentPrimaryGoals() {
        var ana = world.ana().id();
        history.set(ana, GoalKind.PRIMARY, "I want one friend");

        assertThatThrownBy(() -> goals.save(Goal.set(ana, GoalKind.PRIMARY, "A second current goal", clock.instant())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aFailedReplacementLeavesTheOldGoalCurrent() {
        var ana = world.ana().id();
        var first = history.set(ana, GoalKind.PRIMARY, "I want one friend");

        // a goal without text is refused by the database after the old goal was marked replaced
        assertThatThrownBy(() -> history.set(ana, GoalKind.PRIMARY, null))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(history.current(ana)).extracting(Goal::id).containsExactly(first.id());
        assertThat(goals.findById(first.id()).orElseThrow().replacedAt()).isNull();
    }
}
