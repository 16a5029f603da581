package org.peerpartners.companion.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
class PlanTests {

    @Autowired WeeklyPlanner planner;
    @Autowired ActionPlanRepository plans;
    @Autowired PlanItemRepository items;
    @Autowired CheckInRepository checkIns;
    @Autowired JdbcAggregateOperations aggregates;
    @Autowired Clock clock;

    Fixtures.World world;

    @BeforeEach
    void setUp() {
        world = new Fixtures(aggregates, clock).world();
    }

    @Test
    void findsThisWeeksPlanWithItsItemsInOrder() {
        var plan = plans.findByParticipantIdAndWeekStart(world.ana().id(), LocalDate.of(2026, 11, 23)).orElseThrow();

        var loaded = items.findByPlanIdAndRemovedAtIsNullOrderByNumber(plan.id());

        assertThat(loaded).extracting(PlanItem::number, PlanItem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Free art class at the library"),
                org.assertj.core.groups.Tuple.tuple(2, "Walk in the park with Ben"));
        assertThat(loaded.get(0).plannedTime()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void opensAPlanOnceAndReturnsTheSameOneAfterwards() {
        var first = planner.planFor(world.ben().id(), LocalDate.of(2026, 11, 23));
        var again = planner.planFor(world.ben().id(), LocalDate.of(2026, 11, 23));

        assertThat(again).isEqualTo(first);
        assertThat(planner.planFor(world.ana().id(), LocalDate.of(2026, 11, 23))).isEqualTo(world.anaPlan());
        assertThat(plans.findByParticipantIdOrderByWeekStartDesc(world.ben().id())).hasSize(1);
    }

    @Test
    void numbersNewItemsAfterTheHighestEverUsed() {
        var plan = world.anaPlan();
        items.save(world.anaItems().get(1).remove(clock.instant()));

        var added = planner.addItem(plan.id(), NewPlanItem.of("Book club")
                .on(LocalDate.of(2026, 11, 24), LocalTime.of(18, 0)).withConfidence(6));

        assertThat(added.number()).isEqualTo(3);
        assertThat(added.confidenceBefore()).isEqualTo(6);
        assertThat(items.nextNumber(plan.id())).isEqualTo(4);
        assertThat(items.findByPlanIdAndRemovedAtIsNullOrderByNumber(plan.id())).extracting(PlanItem::number)
                .containsExactly(1, 3);
        assertThat(items.findByPlanIdAndNumber(plan.id(), 2)).map(PlanItem::isRemoved).contains(true);
    }

    @Test
    void aNewPlanStartsAtNumberOne() {
        var plan = planner.planFor(world.ben().id(), LocalDate.of(2026, 11, 23));

        assertThat(planner.addItem(plan.id(), NewPlanItem.of("Chess club")).number()).isEqualTo(1);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void itemsAddedAtTheSameMomentGetDifferentNumbers() throws Exception {
        var plan = planner.planFor(world.ben().id(), LocalDate.of(2026, 11, 30));
        var ready = new CountDownLatch(1);
        List<Callable<PlanItem>> adds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = "Activity " + i;
            adds.add(() -> {
                ready.await();
                return planner.addItem(plan.id(), NewPlanItem.of(text));
            });
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PlanItem>> futures = new ArrayList<>();
            adds.forEach(add -> futures.add(pool.submit(add)));
            ready.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<PlanItem> future : futures) {
                numbers.add(future.get().number());
            }
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesATimeWithoutADay() {
        assertThatThrownBy(() -> NewPlanItem.of("Walk").on(null, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
        var item = world.anaItems().get(1);
        assertThatThrownBy(() -> items.save(new PlanItem(item.id(), item.planId(), item.number(), item.text(), null,
                LocalTime.NOON, null, null, null, null, item.createdAt(), null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void findsTheItemsPlannedForADay() {
        var wednesday = LocalDate.of(2026, 11, 25);

        assertThat(items.findPlannedOn(world.ana().id(), wednesday)).extracting(PlanItem::id)
                .containsExactly(world.anaItems().get(0).id());
        assertThat(items.findPlannedOn(world.ben().id(), wednesday)).isEmpty();
    }

    @Test
    void keepsEveryCheckInAndFindsTheLatest() {
        var art = world.anaItems().get(0);
        var partly = checkIns.save(CheckIn.record(art.id(), CheckInOutcome.PARTLY, clock.instant()));
        var done = checkIns.save(CheckIn.record(art.id(), CheckInOutcome.DONE, clock.instant().plusSeconds(60))
                .withRatings(7, 8).withNote("I drew a tree"));

        assertThat(checkIns.findLatest(art.id())).contains(done);
        assertThat(checkIns.findByPlanItemIdOrderByCreatedAtAscIdAsc(art.id())).containsExactly(partly, done);
        assertThat(checkIns.findByParticipantBetween(world.ana().id(), clock.instant(),
                clock.instant().plus(Duration.ofMinutes(1)))).containsExactly(partly);
        assertThat(checkIns.findByParticipantBetween(world.ben().id(), clock.instant().minus(Duration.ofDays(7)),
                clock.instant().plus(Duration.ofDays(7)))).isEmpty();
    }

    @Test
    void refusesARatingAboveTen() {
        var art = world.anaItems().get(0);

        assertThatThrownBy(() -> checkIns.save(CheckIn.record(art.id(), CheckInOutcome.DONE, clock.instant())
                .withRatings(11, null))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void linksAnItemToAGoalAndACatalogueActivity() {
        var added = planner.addItem(world.anaPlan().id(), NewPlanItem.of("Bowling with Ben")
                .fromCatalogue(null, new BigDecimal("12.50")));

        assertThat(items.findById(added.id()).orElseThrow().estimatedCost()).isEqualByComparingTo("12.50");
    }
}
