package org.peerpartners.companion.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.program.Actor;
import org.peerpartners.companion.program.Role;
import org.peerpartners.companion.testing.CoreDataTest;
import org.peerpartners.companion.testing.Fixtures;
import org.peerpartners.companion.validation.FieldProblem;
import org.peerpartners.companion.validation.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

@CoreDataTest
class PlanItemsTests {

    @Autowired PlanItems planItems;
    @Autowired PlanItemRepository items;
    @Autowired CheckInRepository checkIns;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures fixtures;
    Fixtures.World world;
    Actor carmen;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(aggregates, clock);
        world = fixtures.world();
        carmen = new Actor(world.carmen().id(), world.program().id(), "Coach Carmen", Role.COACH);
    }

    @Test
    void addsTheNextNumberedItemToThisWeeksPlan() {
        var added = planItems.add(world.ana().id(), new PlanItems.NewItem("Coffee with Ben", "2026-11-27T11:30",
                new BigDecimal("4.50")), carmen);

        assertThat(added.number()).isEqualTo(3);
        var item = items.findById(added.id()).orElseThrow();
        assertThat(item.planId()).isEqualTo(world.anaPlan().id());
        assertThat(item.plannedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(item.plannedTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(item.estimatedCost()).isEqualByComparingTo("4.50");
    }

    @Test
    void opensThePlanWhenTheWeekHasNone() {
        var added = planItems.add(world.ben().id(), new PlanItems.NewItem("Walk", null, null), carmen);

        assertThat(added.number()).isEqualTo(1);
        var week = planItems.thisWeek(world.ben().id());
        assertThat(week.weekStart()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.items()).extracting(i -> i.item().text()).containsExactly("Walk");
    }

    @Test
    void showsThisWeeksItemsWithTheirCheckIns() {
        checkIns.save(CheckIn.record(world.anaItems().get(0).id(), CheckInOutcome.DONE, clock.instant()));

        var week = planItems.thisWeek(world.ana().id());

        assertThat(week.items()).extracting(i -> i.item().number(), i -> i.checkIns().size())
                .containsExactly(tuple(1, 1), tuple(2, 0));
    }

    @Test
    void refusesBlankTextATimeOutsideThisWeekAndANegativeCost() {
        assertThatThrownBy(() -> planItems.add(world.ana().id(), new PlanItems.NewItem(" ", "2026-12-01T10:00",
                new BigDecimal("-2")), carmen))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactlyInAnyOrder(tuple("text", "required"), tuple("at", "not_this_week"),
                                tuple("estimatedCost", "negative")));
    }
}
